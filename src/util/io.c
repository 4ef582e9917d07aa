/*
 * io.c - whole writes and reads on a pipe or a socket, for the processes
 * that export audio (synthesis workers, the encoder) and their parent.
 *
 * A short write or read is continued, EINTR retried. On a socket the
 * write is send() with MSG_NOSIGNAL, so a peer that died is an error to
 * report, not a SIGPIPE that kills the writer.
 *
 * al_fd_move() moves bytes from a pipe or a file into a file without
 * passing them through this process (splice(2), copy_file_range(2)): the
 * export's audio is 2.6 MB a minute, and a read() and a write() of it
 * each cost a copy and the system calls' time.
 */
#define _GNU_SOURCE                  /* splice, copy_file_range */
#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

#include "util.h"

int al_fd_write_all(int fd, const void *data, size_t len, bool is_socket)
{
    const char *p = data;

    while (len > 0) {
        ssize_t n = is_socket ? send(fd, p, len, MSG_NOSIGNAL) : write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

ssize_t al_fd_read_all(int fd, void *data, size_t len)
{
    char *p = data;
    size_t got = 0;

    while (got < len) {
        ssize_t n = read(fd, p + got, len - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        got += (size_t)n;
    }
    return (ssize_t)got;
}

ssize_t al_fd_move(int in, off_t *in_off, int out, off_t *out_off, size_t len)
{
    size_t moved = 0;

    while (moved < len) {
        size_t want = len - moved;
        ssize_t n = in_off ? copy_file_range(in, in_off, out, out_off, want, 0)
                           : splice(in, NULL, out, out_off, want, SPLICE_F_MOVE);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && moved == 0 && (errno == EINVAL || errno == ENOSYS || errno == EXDEV ||
                                    errno == EOPNOTSUPP || errno == EBADF))
            return AL_FD_CANNOT_MOVE;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        moved += (size_t)n;
    }
    return (ssize_t)moved;
}
