// The one command runner: every change of state goes through Run.
//
// Run does, in this one place, what every command needs around its own decisions:
//   1. the login check (Login::kRequired: an anonymous actor gets Unauthorized, before any
//      database work);
//   2. one write transaction: commit when the command returns a value, roll back when it
//      returns a failure or throws (the exception propagates);
//   3. the locks the command declares (Lock::kWriters takes the writers' row first, so that
//      two officers pressing at once are ordered on PostgreSQL as they are on SQLite);
//   4. exactly one audit row: the command names its subject with tx.Audit(...) once; a command
//      that succeeds without doing so, or does so twice, is a programming error (std::logic_error,
//      rolled back). A command that found nothing to change says tx.NoChange() instead;
//   5. mail queued with tx.Send(...) and sent only after the commit: a failing mail server
//      neither undoes the change nor holds the write lock.
// A few writes are bookkeeping, not anyone's change of data: counting a login attempt, keeping a
// session. They declare Record::kBookkeeping and go through Run all the same (the transaction,
// the login check, the locks); Run then refuses an audit row instead of requiring one.
//
// What is left in a command is its validation, its permission question (Can), its rule and its
// writes. A command runs another inside the same transaction with tx.Run(...): the inner one
// writes its own audit row, and its mail goes out with the outer one's after the commit; when it
// fails, its writes are undone (a savepoint) and the outer command decides.
//
//   Result<std::int64_t> Raise(const Ctx& ctx, const Actor& actor, IssueForm f) {
//     return Run<std::int64_t>(ctx, actor, {"issue.raise"}, [&](Tx& tx) -> Result<std::int64_t> {
//       ... validate, Can, write ...
//       tx.Audit("issue", id);
//       tx.Send(mail);
//       return id;
//     });
//   }
//
// Threading: a Tx belongs to the thread that runs the command.
#pragma once

#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "platform/context.hpp"
#include "platform/messages.hpp"
#include "platform/result.hpp"
#include "platform/store/database.hpp"

namespace tsunagu {

enum class Login {
  kRequired,  // anonymous actors are refused (Unauthorized) before anything else
  kOptional,  // the command decides (registering, logging in, a guardian's one-time link)
};

enum class Lock {
  kNone,
  kWriters,  // writers after this point run one at a time (store::LockWriters)
};

enum class Record {
  kAudited,      // exactly one audit row (or NoChange, or AuditedByInner)
  kBookkeeping,  // no audit row: a login attempt counted, a session kept
};

// What a command declares about itself.
struct Command {
  std::string action;  // the audit row's action, e.g. "issue.raise"
  Login login = Login::kRequired;
  Lock lock = Lock::kNone;
  Record record = Record::kAudited;
};

// The transaction a command runs in. Only Run makes one.
class Tx {
 public:
  store::Conn& c;
  const Ctx& ctx;
  const Actor& actor;

  // The command's one audit row, in this transaction: its subject and a detail without
  // personal data. The actor is the one Run was given, or `as` (a login, a password reset:
  // the person becomes known inside the command).
  void Audit(const std::string& subject_kind, std::int64_t subject_id,
             const std::string& detail = "");
  template <class Tag>
  void Audit(const std::string& subject_kind, Id<Tag> subject, const std::string& detail = "") {
    Audit(subject_kind, subject.value(), detail);
  }
  void AuditAs(UserId as, const std::string& subject_kind, std::int64_t subject_id,
               const std::string& detail = "");
  // The row of a command that creates the municipality it belongs to (the reference data): it
  // is recorded in that municipality, not in the context's.
  void AuditIn(MunicipalityId m, const std::string& subject_kind, std::int64_t subject_id,
               const std::string& detail = "");
  template <class Tag>
  void AuditAs(UserId as, const std::string& subject_kind, Id<Tag> subject,
               const std::string& detail = "") {
    AuditAs(as, subject_kind, subject.value(), detail);
  }
  // The command succeeded without changing anything (no audit row, no mail).
  void NoChange() { ++audits_; }
  // The command's record is the rows of the commands it ran inside with Run (a batch of
  // invitations, one row each): it writes none of its own, and at least one inner command must
  // have succeeded.
  void AuditedByInner() { by_inner_ = true; }

  // Mail to send after the commit.
  void Send(Mail m) { outbox_.push_back(std::move(m)); }
  void Send(std::vector<Mail> mails) {
    for (auto& m : mails) outbox_.push_back(std::move(m));
  }

  // Runs another command in this transaction (its own login check, lock and audit row).
  template <class T, class F>
  Result<T> Run(const Actor& as, const Command& cmd, F&& fn);
  template <class T, class F>
  Result<T> Run(const Command& cmd, F&& fn) {
    return Run<T>(actor, cmd, std::forward<F>(fn));
  }

 private:
  template <class T, class F>
  friend Result<T> Run(const Ctx& ctx, const Actor& actor, const Command& cmd, F&& fn);
  Tx(store::Conn& conn, const Ctx& cx, const Actor& a, const Command& cmd,
     std::vector<Mail>& outbox)
      : c(conn), ctx(cx), actor(a), action_(cmd.action), record_(cmd.record), outbox_(outbox) {}
  void CheckAudited() const;

  std::string action_;
  Record record_;
  std::vector<Mail>& outbox_;
  int audits_ = 0;
  int inner_done_ = 0;  // inner commands that succeeded
  bool by_inner_ = false;
};

namespace command_detail {
// Refuses an anonymous actor when the command needs a login.
std::optional<Failure> CheckLogin(const Actor& actor, Login login);
void TakeLock(store::Conn& c, Lock lock);
}  // namespace command_detail

// Runs fn(tx) as the command cmd of actor. See the top of this file.
template <class T, class F>
Result<T> Run(const Ctx& ctx, const Actor& actor, const Command& cmd, F&& fn) {
  if (auto refused = command_detail::CheckLogin(actor, cmd.login)) return *refused;
  std::vector<Mail> outbox;
  Result<T> r = ctx.db.Transact([&](store::Conn& c) -> Result<T> {
    command_detail::TakeLock(c, cmd.lock);
    Tx tx(c, ctx, actor, cmd, outbox);
    Result<T> inner = fn(tx);
    if (inner) tx.CheckAudited();
    return inner;
  });
  if (r) SendAll(ctx.mailer, outbox);
  return r;
}

// The inner command runs inside a savepoint: when it fails, its writes and its mail are taken
// back and the outer command decides what to do with the failure.
template <class T, class F>
Result<T> Tx::Run(const Actor& as, const Command& cmd, F&& fn) {
  if (auto refused = command_detail::CheckLogin(as, cmd.login)) return *refused;
  command_detail::TakeLock(c, cmd.lock);
  std::vector<Mail> mails;
  c.Query("SAVEPOINT inner_command");
  Tx inner(c, ctx, as, cmd, mails);
  Result<T> r = fn(inner);
  if (r) {
    inner.CheckAudited();
    c.Query("RELEASE SAVEPOINT inner_command");
    for (auto& m : mails) outbox_.push_back(std::move(m));
    ++inner_done_;
  } else {
    c.Query("ROLLBACK TO SAVEPOINT inner_command");
    c.Query("RELEASE SAVEPOINT inner_command");
  }
  return r;
}

}  // namespace tsunagu
