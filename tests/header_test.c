/* The public header compiles alone, as strict C (libgit2's headertest). */
#include <aloud.h>

int main(void)
{
    return aloud_version() ? 0 : 1;
}
