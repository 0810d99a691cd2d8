/**
 * Standard output that a reader may close early (`selfeval check 文件夹 | head`, or quitting `less`): writing to it
 * then fails with EPIPE, which Node raises as an unhandled error with a stack trace. The command goes on — files
 * being fixed are still fixed, and the exit code still says what was found — and writes nothing more there.
 */
export function pipeSafe(stream: NodeJS.WritableStream): (s: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') closed = true;
    else throw e;
  });
  return (s) => {
    if (!closed) stream.write(s);
  };
}
