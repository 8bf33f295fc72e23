// ProfileFs: the few file-system calls that read a profile folder, either asynchronous (a server: nothing
// waits on them) or blocking (a one-off load such as `ask`, where nothing else runs meanwhile and each
// promise-API call costs several times the system call itself: ~8× the CPU over 1,000 files). The
// loader's checks are written once and await either kind (awaiting a plain value costs almost nothing).
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readlinkSync,
  readSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { lstat, open, readdir, readlink, realpath } from 'node:fs/promises';

type Maybe<T> = T | Promise<T>;

/** What the loader does with an open file (a FileHandle, or a file descriptor used synchronously). */
export interface ProfileFileHandle {
  readonly fd: number;
  stat(): Maybe<Stats>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Maybe<{ bytesRead: number }>;
  close(): Maybe<void>;
}

export interface ProfileFs {
  lstat(path: string): Maybe<Stats>;
  realpath(path: string): Maybe<string>;
  readdir(path: string): Maybe<string[]>;
  readlink(path: string): Maybe<string>;
  open(path: string, flags: number): Maybe<ProfileFileHandle>;
}

export const ASYNC_FS: ProfileFs = {
  lstat: (path) => lstat(path),
  realpath: (path) => realpath(path),
  readdir: (path) => readdir(path),
  readlink: (path) => readlink(path),
  open: (path, flags) => open(path, flags),
};

export const BLOCKING_FS: ProfileFs = {
  lstat: (path) => lstatSync(path),
  // The native realpath(3), as fs/promises uses.
  realpath: (path) => realpathSync.native(path),
  readdir: (path) => readdirSync(path),
  readlink: (path) => readlinkSync(path),
  open(path, flags) {
    const fd = openSync(path, flags);
    return {
      fd,
      stat: () => fstatSync(fd),
      read: (buffer, offset, length, position) => ({
        bytesRead: readSync(fd, buffer, offset, length, position),
      }),
      close: () => closeSync(fd),
    };
  },
};
