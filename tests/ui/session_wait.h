// What the widget tests share about a live ui::Session: submit a call and wait for its
// record, or wait for the engine's tick. Real engine, real sockets; only the waiting is
// common.
#pragma once

#include "ui/session.h"

#include <QObject>
#include <QTest>

namespace spg::uitest {

// Submits a call that makes a socket (socket(), accept()) and waits up to 5 s for its
// record: the new socket's id, or core::kNoSocket when none came.
inline core::SocketId madeSocket(ui::Session& session, core::Command c)
{
    const core::CommandId id = session.submit(std::move(c));
    core::SocketId created = core::kNoSocket;
    QObject context;
    QObject::connect(&session, &ui::Session::callRecorded, &context,
                     [&](const core::CallRecord& r) {
                         if (r.command == id)
                             created = r.created;
                     });
    (void)QTest::qWaitFor([&] { return created != core::kNoSocket; }, 5000);
    return created;
}

// Submits a call and waits up to 10 s for its record in `phase` (Blocked: the engine holds
// the call; Done: it returned). Returns whether that record came. The engine runs calls in
// the order submitted, so the records of every earlier call came before it.
inline bool recorded(ui::Session& session, core::Command c, core::CallPhase phase)
{
    const core::CommandId id = session.submit(std::move(c));
    bool seen = false;
    QObject context;
    QObject::connect(&session, &ui::Session::callRecorded, &context,
                     [&](const core::CallRecord& r) {
                         if (r.command == id && r.phase == phase)
                             seen = true;
                     });
    return QTest::qWaitFor([&] { return seen; }, 10000);
}

// Waits up to 10 s for the engine's next statistics, sent on its periodic tick. The tick's
// re-read of the sockets whose state moves without a call (a closed connection followed in
// TIME_WAIT, a listener's queue) came in the same batch. Returns whether it came.
inline bool ticked(ui::Session& session)
{
    bool seen = false;
    QObject context;
    QObject::connect(&session, &ui::Session::statsChanged, &context, [&] { seen = true; });
    return QTest::qWaitFor([&] { return seen; }, 10000);
}

} // namespace spg::uitest
