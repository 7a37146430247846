// The call table's strace templates: every row's template names only known slots and has as
// many arguments as the call's C signature, and filling one gives the line strace prints.
// The checkers are fed a misspelt slot and a missing argument and must catch both.
// Single-threaded.
#include "core/words/calls.h"
#include "core/words/strace_line.h"

#include <QtTest>

#include <string>
#include <string_view>

using namespace spg::core;

namespace {

// How many arguments the first parenthesised list holds: commas at depth 0, plus one
// unless the list is empty or "void". Brackets and braces nest, as in "[{addrlen}]".
int argumentCount(std::string_view text)
{
    const std::size_t open = text.find('(');
    const std::size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return -1;
    std::string_view inside = text.substr(open + 1, close - open - 1);
    if (inside.empty() || inside == "void")
        return 0;
    int depth = 0;
    int count = 1;
    for (char ch : inside) {
        if (ch == '(' || ch == '[' || ch == '{')
            ++depth;
        else if (ch == ')' || ch == ']' || ch == '}')
            --depth;
        else if (ch == ',' && depth == 0)
            ++count;
    }
    return count;
}

// Empty when the row's template is sound, else what is wrong with it.
std::string templateProblem(const CallSpec& spec, std::string_view tmpl)
{
    if (spec.has(Control))
        return tmpl.empty() ? std::string() : "an engine control has a strace template";
    if (tmpl.substr(0, tmpl.find('(')) != spec.signature.substr(spec.signature.find(' ') + 1,
                                                                 spec.signature.find('(')
                                                                     - spec.signature.find(' ') - 1))
        return "the template's call name is not the signature's";
    if (const TemplateSlots named = templateSlots(tmpl); !named.unknown.empty())
        return "unknown slot {" + named.unknown + "}";
    if (argumentCount(tmpl) != argumentCount(spec.signature))
        return "has " + std::to_string(argumentCount(tmpl)) + " arguments, the signature "
            + std::to_string(argumentCount(spec.signature));
    return {};
}

} // namespace

class TestStraceLine : public QObject {
    Q_OBJECT

private slots:
    void everyRowHasASoundTemplate()
    {
        for (const CallSpec& spec : callTable())
            QVERIFY2(templateProblem(spec, spec.strace).empty(),
                     (std::string(spec.name) + ": " + templateProblem(spec, spec.strace)).c_str());
    }

    void theCheckerCatchesWrongTemplates()
    {
        const CallSpec& bind = callSpec(CallKind::Bind);
        QVERIFY(templateProblem(bind, "bind({fd}, {addr}, {addrlen})").empty());
        QCOMPARE(templateProblem(bind, "bind({fd}, {adr}, {addrlen})"), std::string("unknown slot {adr}"));
        QVERIFY(!templateProblem(bind, "bind({fd}, {addr})").empty());
        QVERIFY(!templateProblem(bind, "connect({fd}, {addr}, {addrlen})").empty());
        QVERIFY(!templateProblem(callSpec(CallKind::Sync), "sync()").empty());
        const CallSpec& accept = callSpec(CallKind::Accept);
        QVERIFY(templateProblem(accept, "accept({fd}, {addr}, [{addrlen}])").empty());
        QVERIFY(!templateProblem(accept, "accept({fd}, {addr}, [{addrlen}], {flags})").empty());
    }

    void slotNamesGoBothWays()
    {
        for (std::size_t i = 0; i < kStraceSlots; ++i) {
            const auto slot = static_cast<StraceSlot>(i);
            StraceSlot back {};
            QVERIFY(straceSlotFromName(straceSlotName(slot), back));
            QCOMPARE(int(back), int(slot));
        }
        StraceSlot none {};
        QVERIFY(!straceSlotFromName("adr", none));
    }

    void filledTemplatesReadAsStrace()
    {
        using S = StraceSlot;
        QCOMPARE(straceCall(CallKind::Bind,
                            { { S::Fd, "3" },
                              { S::Addr, "{sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}" },
                              { S::AddrLen, "16" } }),
                 std::string("bind(3, {sa_family=AF_INET, sin_port=htons(0), "
                             "sin_addr=inet_addr(\"127.0.0.1\")}, 16)"));
        QCOMPARE(straceCall(CallKind::Accept4, { { S::Fd, "3" }, { S::Addr, "0x..." },
                                                 { S::AddrLen, "128" }, { S::Flags, "SOCK_NONBLOCK" } }),
                 std::string("accept4(3, 0x..., [128], SOCK_NONBLOCK)"));
        QCOMPARE(straceCall(CallKind::GetFl, { { S::Fd, "7" } }), std::string("fcntl(7, F_GETFL)"));
        QCOMPARE(straceCall(CallKind::Kqueue, {}), std::string("kqueue()"));
        // A value's own braces are data, not slots.
        QCOMPARE(straceCall("f({buf})", { { S::Buf, "\"{fd}\"" } }), std::string("f(\"{fd}\")"));
    }

    void aMissingValueShowsAsAQuestionMark()
    {
        using S = StraceSlot;
        QCOMPARE(straceCall(CallKind::Listen, { { S::Fd, "3" } }), std::string("listen(3, ?)"));
        QCOMPARE(straceCall("f({nonsense})", {}), std::string("f(?)"));
    }
};

QTEST_APPLESS_MAIN(TestStraceLine)
#include "test_strace_line.moc"
