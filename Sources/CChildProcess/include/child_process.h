#ifndef BUDGET_CHILD_PROCESS_H
#define BUDGET_CHILD_PROCESS_H

#include <sys/types.h>

/// Starts `path` (argv, envp NULL-terminated) as a child that
///   - leads a process group of its own (so that it and anything it starts are killed together),
///   - is sent SIGKILL by the kernel when the thread that started it dies (PR_SET_PDEATHSIG:
///     a SIGKILL of budget-etl cannot orphan it),
///   - runs with RLIMIT_AS = `address_space_limit` bytes (0: unlimited) and no core files,
///   - reads `stdin_fd` and writes to `stdout_fd` and `stderr_fd`, with no other descriptor
///     of the parent open.
/// Between fork and exec the child makes system calls only (nothing that could take a lock
/// another thread of the parent held). The group is registered for
/// `budget_child_kill_registered`. Returns 0 and sets `*pid`, or an errno value (of fork, or of
/// exec in the child, reported back through a close-on-exec pipe).
int budget_child_spawn(const char *path, char *const argv[], char *const envp[], int stdin_fd,
                       int stdout_fd, int stderr_fd, unsigned long long address_space_limit,
                       pid_t *pid);

/// Forgets a group registered by `budget_child_spawn` (call before reaping its leader).
void budget_child_unregister(pid_t pgid);

/// SIGKILL to every registered group; async-signal-safe.
void budget_child_kill_registered(void);

/// Once per process: on SIGTERM, SIGINT and SIGHUP the registered groups are killed, then the
/// signal's previous disposition is restored and the signal raised again (the process ends as
/// it would have); at exit() too. A signal the process ignores stays ignored.
void budget_child_install_handlers(void);

/// `budget_child_install_handlers`, and SIGTERM, SIGINT and SIGHUP unblocked in the calling
/// thread (the main thread, at start): a parent that started budget-etl with them blocked
/// (a test harness's worker thread) must not make it deaf to them.
void budget_child_prepare_signals(void);

/// Whether the child `pid` has ended, without reaping it (its process group ID stays taken
/// until it is reaped, so that killing the group cannot reach an unrelated process).
int budget_child_has_exited(pid_t pid);

/// A pipe, both ends close-on-exec, the read end non-blocking. Returns 0 or an errno value.
int budget_child_pipe(int fds[2]);

/// A file holding `count` bytes at offset 0, with no name in any folder (memfd; where that is
/// not available, a file in $TMPDIR removed at once): nothing is left behind whatever ends the
/// process. Returns the descriptor (close-on-exec) or -errno.
int budget_child_anonymous_file(const void *bytes, size_t count);

#endif
