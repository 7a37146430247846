// What the widget tests share about a live ui::Session: submit a call and wait for its
// record. Real engine, real sockets; only the waiting is common.
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

} // namespace spg::uitest
