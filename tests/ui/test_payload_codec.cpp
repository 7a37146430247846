// Payload parsing in the three modes, with the exact messages bad input gets.
#include "ui/payload_codec.h"

#include <QtTest>

using namespace spg::ui;

class TestPayloadCodec : public QObject {
    Q_OBJECT

private slots:
    void good_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("text") << "hello" << int(PayloadMode::Text) << QByteArray("hello");
        QTest::newRow("text utf8") << "é" << int(PayloadMode::Text) << QByteArray("\xc3\xa9");
        QTest::newRow("hex spaced") << "68 65 6c 6c 6f" << int(PayloadMode::Hex) << QByteArray("hello");
        QTest::newRow("hex packed") << "0d0A" << int(PayloadMode::Hex) << QByteArray("\r\n");
        QTest::newRow("hex 0x") << "0x68, 0x69" << int(PayloadMode::Hex) << QByteArray("hi");
        QTest::newRow("hex empty") << "" << int(PayloadMode::Hex) << QByteArray();
        QTest::newRow("escapes") << "hello\\r\\n" << int(PayloadMode::CEscape) << QByteArray("hello\r\n");
        QTest::newRow("nul and hex") << "a\\0b\\x7f" << int(PayloadMode::CEscape)
                                     << QByteArray("a\0b\x7f", 4);
        QTest::newRow("quote") << "\\\"q\\\"\\\\" << int(PayloadMode::CEscape) << QByteArray("\"q\"\\");
    }

    void good()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QByteArray, bytes);
        const PayloadParse p = parsePayload(text, PayloadMode(mode));
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.bytes, bytes);
    }

    void bad_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("hex letter") << "68 zz" << int(PayloadMode::Hex) << "'z' at column 4 is not a hex digit";
        QTest::newRow("hex odd") << "68 6" << int(PayloadMode::Hex) << "odd number of hex digits";
        QTest::newRow("hex split") << "6 8" << int(PayloadMode::Hex) << "byte at column 1 has one hex digit";
        QTest::newRow("bad escape") << "a\\q" << int(PayloadMode::CEscape) << "unknown escape \\q at column 2";
        QTest::newRow("short hex") << "\\x4" << int(PayloadMode::CEscape) << "needs two hex digits";
        QTest::newRow("lone backslash") << "abc\\" << int(PayloadMode::CEscape) << "a lone \\ at the end";
    }

    void bad()
    {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(QString, message);
        const PayloadParse p = parsePayload(text, PayloadMode(mode));
        QVERIFY(!p.ok());
        QVERIFY2(p.error.contains(message), qPrintable(p.error));
    }

    void formatRoundTrips()
    {
        const QByteArray bytes("GET /\r\n\x01\"\\", 10);
        for (PayloadMode mode : { PayloadMode::Hex, PayloadMode::CEscape }) {
            const PayloadParse back = parsePayload(formatPayload(bytes, mode), mode);
            QVERIFY(back.ok());
            QCOMPARE(back.bytes, bytes);
        }
        QCOMPARE(formatPayload("hi\n", PayloadMode::Hex), QStringLiteral("68 69 0a"));
        QCOMPARE(formatPayload("hi\n", PayloadMode::CEscape), QStringLiteral("hi\\n"));
    }
};

QTEST_APPLESS_MAIN(TestPayloadCodec)
#include "test_payload_codec.moc"
