// The file-descriptor layer under open()'s file objects (types/file.js): CPython's FileIO over
// Node's synchronous fs. Node has no lseek, so the position is kept here and every read and
// write is positional (pread/pwrite); on Linux a positional write to an O_APPEND descriptor
// still appends, as write(2) would. Streams that cannot seek (pipes, terminals) use the
// descriptor's own position.

import { hostFsCall } from './host.js';
import { attempt, osError } from './os-error.js';

/** An open descriptor, its position and what it allows. */
export class RawFile {
  constructor(path, flags, readable, writable, append) {
    this.fd = attempt([path], () => hostFsCall('openSync', path, flags, 0o666));
    let st;
    try {
      st = hostFsCall('fstatSync', this.fd);
    } catch (e) {
      this.closeFd();
      throw e;
    }
    if (st.isDirectory()) {
      this.closeFd();
      throw osError(21, [path]);
    }
    this.seekable = st.isFile() || st.isCharacterDevice() || st.isBlockDevice();
    this.positional = st.isFile();
    this.readable = readable;
    this.writable = writable;
    this.append = append;
    this.pos = append && this.positional ? st.size : 0;
    this.closed = false;
  }

  closeFd() {
    try {
      hostFsCall('closeSync', this.fd);
    } catch (e) {
      // The descriptor is gone either way, as after close(2) failing with EINTR.
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.closeFd();
  }

  /** Up to `n` bytes from the current position (fewer only at the end of the file). */
  read(n) {
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n) {
      const k = this.io(() => hostFsCall('readSync', this.fd, out, got, n - got, this.positional ? this.pos : null));
      if (k === 0) break;
      got += k;
      this.pos += k;
    }
    return got === n ? out : out.subarray(0, got);
  }

  /** Everything up to the end of the file. */
  readAll() {
    const chunks = [];
    let total = 0;
    for (;;) {
      const c = this.read(65536);
      if (c.length === 0) break;
      chunks.push(c);
      total += c.length;
      if (c.length < 65536 && this.positional) break;
    }
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(total);
    let off = 0;
    for (const c of chunks) {
      out.set(c, off);
      off += c.length;
    }
    return out;
  }

  /** Writes all of `data` at the current position (at the end in append mode). */
  write(data) {
    let off = 0;
    while (off < data.length) {
      const k = this.io(() => hostFsCall('writeSync', this.fd, data, off, data.length - off, this.positional ? this.pos : null));
      off += k;
      this.pos += k;
    }
    if (this.append && this.positional) this.pos = this.size();
  }

  size() {
    return this.io(() => hostFsCall('fstatSync', this.fd).size);
  }

  truncate(n) {
    this.io(() => hostFsCall('ftruncateSync', this.fd, n));
  }

  io(f) {
    try {
      return f();
    } catch (e) {
      if (!e || typeof e.errno !== 'number' || e.errno >= 0) throw e;
      throw osError(-e.errno, []);
    }
  }
}
