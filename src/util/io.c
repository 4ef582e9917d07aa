/*
 * io.c - whole writes and reads on a pipe or a socket, for the processes
 * that export audio (synthesis workers, the encoder) and their parent.
 *
 * A short write or read is continued, EINTR retried. On a socket the
 * write is send() with MSG_NOSIGNAL, so a peer that died is an error to
 * report, not a SIGPIPE that kills the writer.
 */
#include <errno.h>
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
