// The strace import's field scanners against the std::regex expressions they replace, used
// here as the reference on short inputs: the same fields, iovecs, msg_name and revents for
// every case, tricky ones included (a key inside another, escaped quotes, "..." after a cut
// string, "->" inside an fd's annotation and at its end). Then what the regexes could not
// do: a 1 MB payload, which overflowed libstdc++'s recursive matcher, and an import of a
// log whose sendmsg carries 100 KB.
#include "import/strace_fields.h"
#include "import/strace_import.h"

#include <QtTest>

#include <regex>
#include <string>
#include <vector>

using namespace spg::straceimport;

namespace {

std::string regexField(const std::string& item, const std::string& key)
{
    const std::regex re("(?:^|[{ ,])" + key + "=([^,}]*)");
    std::smatch m;
    return std::regex_search(item, m, re) ? m[1].str() : std::string();
}

std::vector<std::string> regexIovecs(const std::string& msg)
{
    static const std::regex kIov(
        "\\{iov_base=(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\.\\.\\.)?|NULL), iov_len=(\\d+)\\}");
    std::vector<std::string> out;
    for (std::sregex_iterator it(msg.begin(), msg.end(), kIov), end; it != end; ++it)
        out.push_back((*it)[1].str() + " " + (*it)[2].str());
    return out;
}

std::vector<std::string> scannedIovecs(const std::string& msg)
{
    std::vector<std::string> out;
    for (const StraceIovec& iov : straceIovecs(msg))
        out.push_back(iov.base + " " + iov.length);
    return out;
}

std::string regexMsgName(const std::string& msg)
{
    static const std::regex kName("msg_name=(\\{[^}]*\\})");
    std::smatch m;
    return std::regex_search(msg, m, kName) ? m[1].str() : std::string();
}

std::vector<std::string> regexRevents(const std::string& note)
{
    static const std::regex kRevents("\\{fd=(\\d+)(?:<(?:->|[^<>])*>)?, revents=([A-Z|]+)\\}");
    std::vector<std::string> out;
    for (std::sregex_iterator it(note.begin(), note.end(), kRevents), end; it != end; ++it)
        out.push_back((*it)[1].str() + " " + (*it)[2].str());
    return out;
}

std::vector<std::string> scannedRevents(const std::string& note)
{
    std::vector<std::string> out;
    for (const StraceRevents& r : straceReventsList(note))
        out.push_back(r.fd + " " + r.revents);
    return out;
}

std::vector<std::string> regexFds(const std::string& text)
{
    static const std::regex kFd("(?:^|[\\s\\[{=,])(\\d+)<((?:->|[^<>])*)>");
    std::vector<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), kFd), end; it != end; ++it)
        out.push_back((*it)[1].str() + " " + (*it)[2].str());
    return out;
}

std::vector<std::string> scannedFds(const std::string& text)
{
    std::vector<std::string> out;
    for (const StraceFdMention& m : straceFdMentions(text))
        out.push_back(m.number + " " + m.annotation);
    return out;
}

std::vector<std::string> regexFdTokens(const std::string& text)
{
    static const std::regex kToken(R"((\d+(?:<(?:->|[^<>])*>)?))");
    std::vector<std::string> out;
    for (std::sregex_iterator it(text.begin(), text.end(), kToken), end; it != end; ++it)
        out.push_back((*it)[1].str());
    return out;
}

std::vector<std::string> regexSelectResults(const std::string& note)
{
    static const std::regex kBack(R"re((in|out|except) \[([^\]]*)\])re");
    std::vector<std::string> out;
    for (std::sregex_iterator it(note.begin(), note.end(), kBack), end; it != end; ++it)
        out.push_back((*it)[1].str() + "|" + (*it)[2].str());
    return out;
}

std::vector<std::string> scannedSelectResults(const std::string& note)
{
    std::vector<std::string> out;
    for (const StraceSetResult& r : straceSelectResults(note))
        out.push_back(r.set + "|" + r.inside);
    return out;
}

std::string regexNumber(const std::string& value, bool negativeToo)
{
    std::smatch m;
    return std::regex_match(value, m, std::regex(negativeToo ? R"(\[(-?\d+)\])" : R"(\[(\d+)\])"))
        ? m[1].str()
        : std::string();
}

std::string regexLinger(const std::string& value)
{
    std::smatch m;
    return std::regex_match(value, m, std::regex(R"(\{l_onoff=(\d+), l_linger=(\d+)\})"))
        ? m[1].str() + "," + m[2].str()
        : std::string("none");
}

std::string scannedLinger(const std::string& value)
{
    std::string onoff, linger;
    return straceLinger(value, onoff, linger) ? onoff + "," + linger : std::string("none");
}

} // namespace

class TestStraceFields : public QObject {
    Q_OBJECT

private slots:
    void fieldsMatchTheRegex_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QString>("key");
        QTest::newRow("first") << "fd=3, events=POLLIN" << "fd";
        QTest::newRow("after brace") << "{fd=3<TCP:[1]>, events=POLLIN|POLLOUT}" << "events";
        QTest::newRow("inside another key") << "{fd=3, revents=POLLIN}" << "events";
        QTest::newRow("both") << "{fd=3, revents=POLLHUP, events=POLLIN}" << "events";
        QTest::newRow("missing") << "{fd=3}" << "events";
        QTest::newRow("empty value") << "{tv_sec=, tv_usec=5}" << "tv_sec";
        QTest::newRow("to the end") << "u32=7" << "u32";
        QTest::newRow("no equals") << "{msg_name, msg_name=NULL}" << "msg_name";
        QTest::newRow("suffix of a word") << "xfd=1 fd=2" << "fd";
        QTest::newRow("nested") << "{msg_name={sa_family=AF_INET, sin_port=htons(5)}, msg_namelen=16}"
                                << "msg_name";
    }

    void fieldsMatchTheRegex()
    {
        QFETCH(QString, item);
        QFETCH(QString, key);
        QCOMPARE(straceField(item.toStdString(), key.toStdString()),
                 regexField(item.toStdString(), key.toStdString()));
    }

    void iovecsMatchTheRegex_data()
    {
        QTest::addColumn<QString>("msg");
        QTest::newRow("two") << "{msg_iov=[{iov_base=\"ab\", iov_len=2}, {iov_base=\"c\\\"d\", iov_len=3}]}";
        QTest::newRow("null") << "[{iov_base=NULL, iov_len=0}]";
        QTest::newRow("cut") << "[{iov_base=\"abc\"..., iov_len=9}]";
        QTest::newRow("escaped backslash") << "[{iov_base=\"a\\\\\", iov_len=2}]";
        QTest::newRow("broken then good")
            << "[{iov_base=\"a, iov_len=1}, {iov_base=\"b\", iov_len=1}]";
        QTest::newRow("no length") << "[{iov_base=\"a\", iov_len=}, {iov_base=\"b\", iov_len=12}]";
        QTest::newRow("unclosed") << "[{iov_base=\"a\\";
    }

    void iovecsMatchTheRegex()
    {
        QFETCH(QString, msg);
        QCOMPARE(scannedIovecs(msg.toStdString()), regexIovecs(msg.toStdString()));
    }

    void msgNameMatchesTheRegex()
    {
        for (const char* msg : { "{msg_name={sa_family=AF_INET, sin_port=htons(5)}, msg_namelen=16}",
                                 "{msg_name=NULL, msg_namelen=0}", "{msg_name={sa_family=AF_UNIX",
                                 "" })
            QCOMPARE(straceMsgName(msg), regexMsgName(msg));
    }

    void reventsMatchTheRegex_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("plain") << "([{fd=3, revents=POLLIN}, {fd=4, revents=POLLOUT|POLLHUP}])";
        QTest::newRow("annotated")
            << "([{fd=3<TCP:[127.0.0.1:1->127.0.0.1:2]>, revents=POLLIN}])";
        QTest::newRow("arrow at the end") << "([{fd=3<a->, revents=POLLIN}])";
        QTest::newRow("two closings") << "([{fd=3<a->b>, revents=POLLIN}])";
        QTest::newRow("nested open") << "([{fd=3<a<b>, revents=POLLIN}, {fd=5, revents=POLLERR}])";
        QTest::newRow("bad flags") << "([{fd=3, revents=pollin}, {fd=4, revents=POLLIN}])";
        QTest::newRow("no digits") << "([{fd=, revents=POLLIN}])";
        QTest::newRow("lone close") << "([{fd=3<a>b>, revents=POLLIN}])";
        // Two places where the annotation could end, each followed by revents: the regex's
        // greedy loop takes the longer.
        QTest::newRow("longest annotation") << "([{fd=3<a->, revents=POLLIN}->, revents=POLLOUT}])";
    }

    void reventsMatchTheRegex()
    {
        QFETCH(QString, note);
        QCOMPARE(scannedRevents(note.toStdString()), regexRevents(note.toStdString()));
    }

    void fdMentionsMatchTheRegex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("call") << "3<TCP:[127.0.0.1:1->127.0.0.1:2]>, \"x\", 1, 0";
        QTest::newRow("list") << "[{fd=3<TCP:[1]>, events=POLLIN}, {fd=4<UDP:[2]>, events=POLLOUT}]";
        QTest::newRow("no delimiter") << "x3<a>, y=4<b>";
        QTest::newRow("empty") << "5<>";
        QTest::newRow("arrow at the end") << "7<a->";
        QTest::newRow("arrow then more") << "7<a->b> 8<c>";
        QTest::newRow("open inside") << "7<a<b> 9<c>";
        QTest::newRow("unclosed") << " 12<abc";
        QTest::newRow("tab and brackets") << "\t3<x>[4<y>{5<z>=6<w>";
        QTest::newRow("digits only") << "123 456";
    }

    void fdMentionsMatchTheRegex()
    {
        QFETCH(QString, text);
        QCOMPARE(scannedFds(text.toStdString()), regexFds(text.toStdString()));
    }

    void selectListsMatchTheRegex_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << "3 4 5";
        QTest::newRow("annotated") << "3<TCP:[127.0.0.1:1->127.0.0.1:2]> 4<UDP:[5]> 6";
        QTest::newRow("empty") << "";
        QTest::newRow("arrow at the end") << "7<a->";
        QTest::newRow("open inside") << "7<a<b> 9<c>";
        QTest::newRow("unclosed") << "12<abc 13";
        QTest::newRow("glued") << "1<a>2<b>x33";
        QTest::newRow("result note") << "in [3<TCP:[1]> 4], out [], except [5]";
        QTest::newRow("unclosed set") << "in [3 4, out [5]";
        QTest::newRow("no space") << "in[3] out [4] within [5] except [6";
        QTest::newRow("nested words") << "xin [1] outout [2]";
    }

    void selectListsMatchTheRegex()
    {
        QFETCH(QString, text);
        QCOMPARE(straceFdTokens(text.toStdString()), regexFdTokens(text.toStdString()));
        QCOMPARE(scannedSelectResults(text.toStdString()), regexSelectResults(text.toStdString()));
    }

    void optionValuesMatchTheRegex()
    {
        for (const char* v : { "[1]", "[-1]", "[]", "[-]", "[12a]", "1", "[ 1]", "[007]", "x[1]",
                               "[1]x", "{l_onoff=1, l_linger=5}", "{l_onoff=1,l_linger=5}",
                               "{l_onoff=, l_linger=5}", "{l_onoff=1, l_linger=}",
                               "{l_onoff=1, l_linger=5}x", "{l_onoff=-1, l_linger=5}" }) {
            for (bool negative : { false, true })
                QCOMPARE(straceBracketedNumber(v, negative), regexNumber(v, negative));
            QCOMPARE(scannedLinger(v), regexLinger(v));
        }
    }

    // A select() line with 200 KB annotations crashed the import (the regexes recursed per
    // character) before these scanners; now it imports.
    void importsASelectWithHugeAnnotations()
    {
        const std::string pad(200000, 'x');
        const ImportResult r = importStraceLog(
            "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 3<TCP:[1]>\n"
            "select(4, [3<" + pad + ">], NULL, NULL, NULL) = 1 (in [3<" + pad + ">])\n"
            "setsockopt(3<TCP:[1]>, SOL_SOCKET, SO_LINGER, {l_onoff=1, l_linger="
                + std::string(200000, '1') + "}, 8) = 0\n",
            "huge.log");
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.scenario.find("select([") != std::string::npos);
    }

    // What the regexes could not read: the matcher recursed once per character, and a 1 MB
    // payload overflowed the stack (a log from strace -s 1048576 took the window down).
    void megabytePayloadsScan()
    {
        const std::string payload(1 << 20, 'a');
        const std::vector<StraceIovec> iov =
            straceIovecs("[{iov_base=\"" + payload + "\", iov_len=1048576}]");
        QCOMPARE(iov.size(), std::size_t(1));
        QCOMPARE(iov[0].base.size(), payload.size() + 2);
        QCOMPARE(straceField("{u32=" + payload + "}", "u32"), payload);
        const std::vector<StraceFdMention> fds = straceFdMentions("=1<" + payload + ">");
        QCOMPARE(fds.size(), std::size_t(1));
        QCOMPARE(fds[0].annotation, payload);
    }

    void importsA100KilobyteSendmsg()
    {
        const std::string payload(100000, 'a');
        const std::string fd = "3<TCP:[127.0.0.1:40000->127.0.0.1:8080]>";
        const ImportResult r = importStraceLog(
            "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = 3<TCP:[1]>\n"
            "connect(3<TCP:[1]>, {sa_family=AF_INET, sin_port=htons(8080), "
            "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
            "sendmsg(" + fd + ", {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base=\"" + payload
                + "\", iov_len=100000}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 100000\n",
            "big.log");
        QVERIFY2(r.ok(), r.error.c_str());
        QVERIFY(r.scenario.find("sendmsg(cli, [\"" + payload + "\"]") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestStraceFields)
#include "test_strace_fields.moc"
