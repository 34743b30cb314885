#define _GNU_SOURCE
#include "child_process.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <stdio.h>
#include <unistd.h>

#define SLOTS 256
static volatile pid_t registered[SLOTS];

static void register_group(pid_t pgid) {
  for (int i = 0; i < SLOTS; i++) {
    pid_t empty = 0;
    if (__atomic_compare_exchange_n(&registered[i], &empty, pgid, 0, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
      return;
  }
  // All slots taken: the child still dies with the parent (PR_SET_PDEATHSIG).
}

void budget_child_unregister(pid_t pgid) {
  for (int i = 0; i < SLOTS; i++) {
    pid_t expected = pgid;
    __atomic_compare_exchange_n(&registered[i], &expected, 0, 0, __ATOMIC_SEQ_CST,
                                __ATOMIC_SEQ_CST);
  }
}

void budget_child_kill_registered(void) {
  for (int i = 0; i < SLOTS; i++) {
    pid_t pgid = __atomic_load_n(&registered[i], __ATOMIC_SEQ_CST);
    if (pgid > 0) kill(-pgid, SIGKILL);
  }
}

static const int handled[] = {SIGTERM, SIGINT, SIGHUP};
static struct sigaction previous[3];

static void on_signal(int sig) {
  int saved = errno;
  budget_child_kill_registered();
  for (int i = 0; i < 3; i++) {
    if (handled[i] != sig) continue;
    if (!(previous[i].sa_flags & SA_SIGINFO) && previous[i].sa_handler != SIG_DFL &&
        previous[i].sa_handler != SIG_IGN) {
      previous[i].sa_handler(sig);  // a handler someone installed before: it decides
      errno = saved;
      return;
    }
    sigaction(sig, &previous[i], NULL);
    raise(sig);  // delivered with the previous (default) action when this handler returns
  }
  errno = saved;
}

static void install_once(void) {
  for (int i = 0; i < 3; i++) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(handled[i], NULL, &previous[i]) != 0) continue;
    if (previous[i].sa_handler == SIG_IGN) continue;  // ignored stays ignored
    sigaction(handled[i], &action, NULL);
  }
  atexit(budget_child_kill_registered);
}

void budget_child_install_handlers(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, install_once);
}

void budget_child_prepare_signals(void) {
  budget_child_install_handlers();
  sigset_t set;
  sigemptyset(&set);
  for (int i = 0; i < 3; i++) sigaddset(&set, handled[i]);
  pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

static void close_from(int first, int keep) {
#ifdef SYS_close_range
  if (keep >= first) {
    if (keep > first) syscall(SYS_close_range, first, keep - 1, 0);
    if (syscall(SYS_close_range, keep + 1, ~0U, 0) == 0) return;
  } else if (syscall(SYS_close_range, first, ~0U, 0) == 0) {
    return;
  }
#endif
  for (int fd = first; fd < 65536; fd++)
    if (fd != keep) close(fd);
}

// Only system calls from here to exec: the parent may have other threads holding locks.
static void child(const char *path, char *const argv[], char *const envp[], const int fds[3],
                  unsigned long long limit, pid_t parent, int report) {
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  struct sigaction dfl;
  memset(&dfl, 0, sizeof dfl);
  dfl.sa_handler = SIG_DFL;
  sigaction(SIGPIPE, &dfl, NULL);
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(127);  // the parent died before the line above
  struct rlimit none_core = {0, 0};
  setrlimit(RLIMIT_CORE, &none_core);
  if (limit > 0) {
    struct rlimit as = {limit, limit};
    setrlimit(RLIMIT_AS, &as);
  }
  // Move the report pipe above 2, then the three standard descriptors into place.
  if (report <= 2) {
    int moved = fcntl(report, F_DUPFD_CLOEXEC, 3);
    report = moved;
  }
  int copies[3];
  for (int i = 0; i < 3; i++) copies[i] = fcntl(fds[i], F_DUPFD, 3);
  for (int i = 0; i < 3; i++) {
    if (copies[i] < 0 || dup2(copies[i], i) < 0) goto fail;
  }
  close_from(3, report);
  execve(path, argv, envp);
fail:;
  int e = errno;
  while (write(report, &e, sizeof e) < 0 && errno == EINTR) {
  }
  _exit(127);
}

int budget_child_spawn(const char *path, char *const argv[], char *const envp[], int stdin_fd,
                       int stdout_fd, int stderr_fd, unsigned long long address_space_limit,
                       pid_t *pid) {
  budget_child_install_handlers();
  int report[2];
  if (pipe2(report, O_CLOEXEC) != 0) return errno;
  const int fds[3] = {stdin_fd, stdout_fd, stderr_fd};
  pid_t parent = getpid();
  pid_t p = fork();
  if (p < 0) {
    int e = errno;
    close(report[0]);
    close(report[1]);
    return e;
  }
  if (p == 0) child(path, argv, envp, fds, address_space_limit, parent, report[1]);
  setpgid(p, p);  // as the child does, so that no kill can come before its own call
  register_group(p);
  close(report[1]);
  int e = 0;
  ssize_t n;
  do {
    n = read(report[0], &e, sizeof e);
  } while (n < 0 && errno == EINTR);
  close(report[0]);
  if (n == (ssize_t)sizeof e) {  // exec failed: reap the child and say why
    budget_child_unregister(p);
    while (waitpid(p, NULL, 0) < 0 && errno == EINTR) {
    }
    return e;
  }
  *pid = p;
  return 0;
}

int budget_child_has_exited(pid_t pid) {
  siginfo_t info;
  memset(&info, 0, sizeof info);
  int rc;
  do {
    rc = waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT);
  } while (rc < 0 && errno == EINTR);
  if (rc < 0) return 1;  // no such child: nothing to wait for
  return info.si_pid == pid;
}

int budget_child_pipe(int fds[2]) {
  if (pipe2(fds, O_CLOEXEC) != 0) return errno;
  int flags = fcntl(fds[0], F_GETFL);
  if (flags < 0 || fcntl(fds[0], F_SETFL, flags | O_NONBLOCK) != 0) {
    int e = errno;
    close(fds[0]);
    close(fds[1]);
    return e;
  }
  return 0;
}

static int temporary_file(void) {
  const char *dir = getenv("TMPDIR");
  if (dir == NULL || *dir == 0) dir = "/tmp";
  char path[4096];
  if (snprintf(path, sizeof path, "%s/budget-etl-pdf-XXXXXX", dir) >= (int)sizeof path)
    return -ENAMETOOLONG;
  int fd = mkostemp(path, O_CLOEXEC);
  if (fd < 0) return -errno;
  unlink(path);
  return fd;
}

int budget_child_anonymous_file(const void *bytes, size_t count) {
  int fd = memfd_create("budget-etl-pdf", MFD_CLOEXEC);
  if (fd < 0) fd = temporary_file();
  if (fd < 0) return fd;
  const char *p = bytes;
  size_t left = count;
  while (left > 0) {
    ssize_t n = write(fd, p, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      int e = n < 0 ? errno : EIO;
      close(fd);
      return -e;
    }
    p += n;
    left -= (size_t)n;
  }
  if (lseek(fd, 0, SEEK_SET) != 0) {
    int e = errno;
    close(fd);
    return -e;
  }
  return fd;
}
