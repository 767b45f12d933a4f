// The smallest child-process echo: what `process.send` costs with nothing of the lab around it.
process.on('message', (message) => process.send(message))
