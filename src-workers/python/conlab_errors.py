"""Errors a kernel reports as its task's error (the worker sends them as `error` messages)."""


class TaskError(Exception):
    """A kernel refusing its task (bad range, unknown kind): reported as the task's error."""


class CodedError(TaskError):
    """A failure worded by the lab's catalogue (the `engine` area of src-shared/i18n): it crosses
    the wire as `engineMessage` ({code, params, inner}), so the app shows it in the reader's
    language and the same words as the Node kernel's. `text` is the English fallback."""

    def __init__(self, name, engine_message, text):
        TaskError.__init__(self, text)
        self.name = name
        self.engine_message = engine_message


def message(code, params=None, inner=None):
    m = {"code": code}
    if params:
        m["params"] = params
    if inner:
        m["inner"] = inner
    return m


def _rebuild(name, engine_message, text):
    return CodedError(name, engine_message, text)


# A ProcessPoolExecutor pickles a task's exception back to the interpreter: rebuilt from all three
# parts, since Exception's own pickling would call __init__ with the text alone.
CodedError.__reduce__ = lambda self: (_rebuild, (self.name, self.engine_message, str(self)))
