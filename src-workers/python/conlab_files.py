"""
The file-I/O kernel in pure Python, the same steps and bytes as src-workers/kernels/file-io.ts:
each task writes `files` files of `fileSize` bytes block by block as `<dir>/<prefix>-<i>.bin`,
reads each back to end of file and checks its length and CRC-32 (zlib.crc32, the same CRC as
Node's zlib.crc32), then removes what it wrote. The bytes come from pattern.ts's xorshift32
stream with seed, file and block stamped over the first 16 bytes of every block, so the files are
byte for byte the Node kernel's and `read` mode can check files the engine wrote.

Every call here blocks its thread in a system call (os.write, os.read, os.fsync), and CPython
drops the GIL around each one, as zlib.crc32 does for buffers over 5 KiB: threads overlap their
waits. The asyncio side (`run_file_io_async`) hands each whole file (open, every block, close) to
the loop's default executor (a thread pool, `run_in_executor`, what `asyncio.to_thread` does on
3.9+) when the task's api is `async`, and runs the same calls on the event loop when it is `sync`,
blocking it, as Node's fs *Sync calls block main-async.
"""
import os
import struct
import time
import zlib

from conlab_errors import TaskError

STAMP_MAGIC = 0x434C4142  # "CLAB", the fourth stamp word
MASK = 0xFFFFFFFF
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation
_patterns = {}


def pattern_bytes(size, seed):
    """`size` bytes of xorshift32 output from `seed` (pattern.ts patternBytes), little-endian words."""
    key = (size, seed)
    cached = _patterns.get(key)
    if cached is not None:
        return cached
    x = ((seed ^ 0x9E3779B9) & MASK) or 1
    words = []
    append = words.append
    for _ in range((size + 3) // 4):
        x ^= (x << 13) & MASK
        x ^= x >> 17
        x ^= (x << 5) & MASK
        append(x)
    data = struct.pack("<%dI" % len(words), *words)[:size]
    # A few patterns at most (one per task seed and block size): a run's repetitions reuse them.
    if len(_patterns) >= 32:
        _patterns.clear()
    _patterns[key] = data
    return data


def stamped(pattern, length, seed, index, block):
    """pattern[0:length] with seed, file and block stamped over its first 16 bytes (stampBlock)."""
    stamp = struct.pack("<4I", seed & MASK, index & MASK, block & MASK, STAMP_MAGIC)
    head = min(16, length)
    return stamp[:head] + pattern[head:length]


def path_of(task, index):
    return os.path.join(task["dir"], "%s-%d.bin" % (task["prefix"], index))


def validate(task):
    def whole(name, least):
        value = task.get(name)
        return isinstance(value, int) and not isinstance(value, bool) and value >= least

    if not (whole("files", 0) and whole("fileSize", 0) and whole("blockSize", 1)):
        raise TaskError("file-io task: files, fileSize and blockSize must be whole numbers (blockSize >= 1)")
    if task.get("mode") == "read" and len(task.get("expectedCrcs") or []) != task["files"]:
        raise TaskError("file-io task in read mode needs one expected checksum per file (%d)" % task["files"])


def write_file(task, index):
    """Open, write every block (looping over short writes), fsync if asked, close: the file's CRC-32."""
    size, block_size, seed = task["fileSize"], task["blockSize"], task["seed"]
    pattern = pattern_bytes(max(1, min(block_size, size)), seed)
    fd = os.open(path_of(task, index), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, 0o666)
    crc = 0
    try:
        position, block = 0, 0
        while position < size:
            length = min(block_size, size - position)
            data = memoryview(stamped(pattern, length, seed, index, block))
            done = 0
            while done < length:
                done += os.write(fd, data[done:])
            crc = zlib.crc32(data, crc)
            position += block_size
            block += 1
        if task["fsync"]:
            os.fsync(fd)
    finally:
        os.close(fd)
    return crc


def read_file(task, index):
    """Reads to end of file (one read past the last byte, so a file too long is caught): (length, crc)."""
    fd = os.open(path_of(task, index), os.O_RDONLY | _BINARY)
    crc, length = 0, 0
    try:
        while True:
            chunk = os.read(fd, max(1, task["blockSize"]))
            if not chunk:
                break
            crc = zlib.crc32(chunk, crc)
            length += len(chunk)
    finally:
        os.close(fd)
    return length, crc


def _elapsed_us(t0):
    return round((time.perf_counter() - t0) * 1e7) / 10.0


def _new_result():
    return {"kind": "file-io", "bytesWritten": 0, "bytesVerified": 0, "mismatches": 0, "digest": 0, "writeLatenciesUs": [], "readLatenciesUs": []}


def _steps(task):
    """The kernel as a generator of blocking calls: each `yield` hands one call to whoever drives
    it (a thread calls it there; asyncio may send it to its executor) and gets its answer back."""
    validate(task)
    result = _new_result()
    writing = task["mode"] == "write-read"
    expected = list(task.get("expectedCrcs") or []) if not writing else []
    if writing:
        for i in range(task["files"]):
            t0 = time.perf_counter()
            expected.append((yield (write_file, task, i)))
            result["writeLatenciesUs"].append(_elapsed_us(t0))
            result["bytesWritten"] += task["fileSize"]
    for i in range(task["files"]):
        t0 = time.perf_counter()
        length, crc = yield (read_file, task, i)
        result["readLatenciesUs"].append(_elapsed_us(t0))
        if length == task["fileSize"] and crc == expected[i]:
            result["bytesVerified"] += length
        else:
            result["mismatches"] += 1
        result["digest"] = (result["digest"] * 31 + crc) & MASK
    # Written files go at once, so that repetitions start alike and the disk holds one run's worth.
    if writing:
        for i in range(task["files"]):
            yield (os.unlink, path_of(task, i))
    return result


def run_file_io(task):
    steps = _steps(task)
    answer = None
    try:
        while True:
            call = steps.send(answer)
            answer = call[0](*call[1:])
    except StopIteration as done:
        return done.value


async def run_file_io_async(task):
    """On the event loop: api `async` sends each call to the default executor, `sync` blocks the loop."""
    import asyncio

    loop = asyncio.get_running_loop()
    offload = task.get("api") == "async"
    steps = _steps(task)
    answer = None
    try:
        while True:
            call = steps.send(answer)
            answer = await loop.run_in_executor(None, *call) if offload else call[0](*call[1:])
    except StopIteration as done:
        return done.value
