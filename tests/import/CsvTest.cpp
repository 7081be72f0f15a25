#include <catch2/catch.hpp>

#include "ImportTestSupport.h"

#include "core/Error.h"
#include "storage/csv/ColumnMapping.h"
#include "storage/csv/CsvReader.h"
#include "storage/csv/DateFormat.h"
#include "storage/csv/FieldParsers.h"
#include "storage/csv/ImportResult.h"
#include "storage/csv/TextEncoding.h"
#include "vehicles/FuelImporter.h"

#include <QTemporaryDir>

using namespace ga;

namespace {
QList<QStringList> readAllRows(const QString &text, QChar delimiter, QList<qint64> *lines = nullptr)
{
    CsvReader reader(text, delimiter);
    QList<QStringList> rows;
    QStringList row;
    while (reader.readRow(row)) {
        rows << row;
        if (lines)
            *lines << reader.rowLine();
    }
    return rows;
}
} // namespace

TEST_CASE("CSV: quoted fields, doubled quotes, embedded newlines and CRLF", "[csv]")
{
    const QString text = QStringLiteral("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n"
                                        "\r\nlast,,\"\"\r\n");
    QList<qint64> lines;
    const auto rows = readAllRows(text, QLatin1Char(','), &lines);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringList{"a", "b", "c"});
    CHECK(rows[1] == QStringList{"x, y", "say \"hi\"", "two\r\nlines"});
    CHECK(rows[2] == QStringList{"last", "", ""});
    CHECK(lines == QList<qint64>{1, 2, 5}); // the blank line 4 is skipped
}

TEST_CASE("CSV: an unterminated quote is reported with its line", "[csv]")
{
    CsvReader reader(QStringLiteral("a\n\"open,b\n"), QLatin1Char(','));
    QStringList row;
    while (reader.readRow(row)) {}
    CHECK(reader.error().contains(QLatin1String("2")));
}

TEST_CASE("CSV: a UTF-8 BOM is dropped and the encoding detected", "[csv]")
{
    const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("车牌号,金额\n宁A·12345,1\n").toUtf8();
    const CsvDocument doc = CsvDocument::fromBytes(bytes);
    CHECK(doc.encoding() == QLatin1String("UTF-8"));
    CHECK(doc.encodingDetected());
    CHECK(doc.headers() == QStringList{QStringLiteral("车牌号"), QStringLiteral("金额")});
    CHECK(doc.sampleRows(5).value(0).value(0) == QStringLiteral("宁A·12345"));
}

TEST_CASE("CSV: semicolon and tab delimiters are detected", "[csv]")
{
    CHECK(detectCsvDelimiter(QStringLiteral("a;b;c\n1;\"2,5\";3\n4;5;6\n")) == QLatin1Char(';'));
    CHECK(detectCsvDelimiter(QStringLiteral("a\tb,x\tc\n1\t2\t3\n")) == QLatin1Char('\t'));
    CHECK(detectCsvDelimiter(QStringLiteral("a,b;c\n1,2;x\n")) == QLatin1Char(','));
    const CsvDocument doc = CsvDocument::fromBytes("plate;amount\nA;1,5\n");
    CHECK(doc.delimiter() == QLatin1Char(';'));
    CHECK(doc.sampleRows(1).value(0) == QStringList{"A", "1,5"});
}

TEST_CASE("CSV: GBK bytes are detected as GB18030 and decoded", "[csv]")
{
    const QByteArray bytes = test::gbk(QStringLiteral("车牌号,油品\n宁A·12345,92#汽油\n"));
    CHECK_FALSE(isValidUtf8(bytes));
    CHECK(detectTextEncoding(bytes) == QLatin1String("GB18030"));
    const CsvDocument doc = CsvDocument::fromBytes(bytes);
    CHECK(doc.encoding() == QLatin1String("GB18030"));
    CHECK(doc.decodedCleanly());
    CHECK(doc.headers().value(1) == QStringLiteral("油品"));
    // The user's choice wins over detection.
    CHECK(canonicalTextEncoding(QStringLiteral("gbk")) == QLatin1String("GB18030"));
    CHECK_THROWS_AS(CsvDocument::fromBytes(bytes, QStringLiteral("EBCDIC")), ValidationError);
}

TEST_CASE("CSV: detection while decoding gives what detecting and then decoding gives", "[csv]")
{
    const QString text = QStringLiteral("车牌号,油品\n宁A·12345,92#汽油\n");
    QString encoding;
    bool ok = false;
    CHECK(decodeDetected(text.toUtf8(), &encoding, &ok) == text);
    CHECK(encoding == QLatin1String("UTF-8"));
    CHECK(ok);
    CHECK(decodeDetected("\xEF\xBB\xBF" + text.toUtf8(), &encoding, &ok) == text); // BOM dropped
    CHECK(encoding == QLatin1String("UTF-8"));
    CHECK(decodeDetected(test::gbk(text), &encoding, &ok) == text);
    CHECK(encoding == QLatin1String("GB18030"));
    CHECK(ok);
    // A multi-byte character cut off at the end is not UTF-8 either (as isValidUtf8 says).
    const QByteArray cut = text.toUtf8().chopped(2);
    CHECK_FALSE(isValidUtf8(cut));
    decodeDetected(cut, &encoding, &ok);
    CHECK(encoding == QLatin1String("GB18030"));
    // A UTF-8 file with a broken byte, read as UTF-8 by choice, is reported as not clean.
    const CsvDocument broken
        = CsvDocument::fromBytes("plate,amount\nA\xFF,1\n", QStringLiteral("UTF-8"));
    CHECK_FALSE(broken.decodedCleanly());
}

TEST_CASE("Date formats are detected from a sample of a column", "[csv][dates]")
{
    CHECK(detectDateFormat({"2026-01-05", "2026-12-31"}).format == QLatin1String("yyyy-MM-dd"));
    CHECK(detectDateFormat({"2026/1/5 8:05", "2026/12/31 23:59"}).format
          == QLatin1String("yyyy/M/d HH:mm"));
    CHECK(detectDateFormat({"2026.1.5 08:05:09"}).format == QLatin1String("yyyy.M.d HH:mm:ss"));
    CHECK(detectDateFormat({"20260105", "20261231"}).format == QLatin1String("yyyyMMdd"));
    CHECK(detectDateFormat({QStringLiteral("2026年1月5日")}).format == QStringLiteral("yyyy年M月d日"));
    CHECK(detectDateFormat({"25/12/2026", "01/02/2026"}).format == QLatin1String("d/M/yyyy"));
}

TEST_CASE("Ambiguous or unknown dates are not guessed", "[csv][dates]")
{
    const DateFormatGuess ambiguous = detectDateFormat({"01/02/2026", "03/04/2026"});
    CHECK_FALSE(ambiguous.isOk());
    CHECK(ambiguous.candidates.size() == 2);
    CHECK(ambiguous.error.contains(QLatin1String("day/month")));
    const DateFormatGuess unknown = detectDateFormat({"2026-01-05", "yesterday"});
    CHECK_FALSE(unknown.isOk());
    CHECK(unknown.error.contains(QLatin1String("yesterday")));
    QDate d;
    CHECK_FALSE(DateTimeFormat(QStringLiteral("yyyy-MM-dd")).parse(u"2026-02-30", &d));
}

TEST_CASE("Numbers are parsed exactly with thousands separators", "[csv]")
{
    CHECK(parseScaled(u"1,234.5", 3) == 1234500);
    CHECK(parseScaled(u" 12.3456 ", 3) == 12346);
    CHECK(parseScaled(u"-3", 2) == -300);
    CHECK(parseWholeNumber(u"12345.6") == 12346);
    CHECK_FALSE(parseScaled(u"12a", 3).has_value());
    CHECK_FALSE(parseScaled(u"", 3).has_value());
}

TEST_CASE("A column mapping survives a JSON round trip", "[csv][mapping]")
{
    QTemporaryDir dir;
    ColumnMapping m;
    m.setHeader(QStringLiteral("plate"), QStringLiteral("车牌号"));
    m.setIndex(QStringLiteral("amount"), 6);
    m.encoding = QStringLiteral("GB18030");
    m.dateFormat = QStringLiteral("yyyy-MM-dd HH:mm");
    m.units = QStringLiteral("gallons");
    m.delimiter = QStringLiteral("\t");
    m.vehicleKey = QStringLiteral("card");
    const QString path = dir.filePath(QStringLiteral("m.json"));
    m.save(path);
    const ColumnMapping back = ColumnMapping::load(path);
    CHECK(back == m);
    CHECK(back.toJson().value(QStringLiteral("fields")).toObject().value(QStringLiteral("amount")).toInt() == 7);
    CHECK(back.delimiterChar() == QLatin1Char('\t'));

    test::writeFile(dir.path(), QStringLiteral("bad.json"), "{\"fields\": [1, 2]}");
    CHECK_THROWS_AS(ColumnMapping::load(dir.filePath(QStringLiteral("bad.json"))), ValidationError);
    test::writeFile(dir.path(), QStringLiteral("broken.json"), "{\"fields\": ");
    CHECK_THROWS_AS(ColumnMapping::load(dir.filePath(QStringLiteral("broken.json"))), ValidationError);
}

TEST_CASE("Columns are guessed from Chinese and English headers", "[csv][mapping]")
{
    test::TempDatabase t;
    const QList<ImportField> fields = t.services().fuelImporter().fields();
    const QStringList chinese{QStringLiteral("序号"), QStringLiteral("油卡号"), QStringLiteral("车牌号码"),
                              QStringLiteral("交易时间"), QStringLiteral("油品名称"),
                              QStringLiteral("加油量(升)"), QStringLiteral("单价"),
                              QStringLiteral("消费金额（元）"), QStringLiteral("加油站")};
    const ColumnMapping m = ColumnMapping::guess(fields, chinese);
    CHECK(m.source(QStringLiteral("card")).header == QStringLiteral("油卡号"));
    CHECK(m.source(QStringLiteral("plate")).header == QStringLiteral("车牌号码"));
    CHECK(m.source(QStringLiteral("time")).header == QStringLiteral("交易时间"));
    CHECK(m.source(QStringLiteral("fuelKind")).header == QStringLiteral("油品名称"));
    CHECK(m.source(QStringLiteral("quantity")).header == QStringLiteral("加油量(升)"));
    CHECK(m.source(QStringLiteral("unitPrice")).header == QStringLiteral("单价"));
    CHECK(m.source(QStringLiteral("amount")).header == QStringLiteral("消费金额（元）"));
    CHECK(m.source(QStringLiteral("station")).header == QStringLiteral("加油站"));
    CHECK_FALSE(m.isMapped(QStringLiteral("fleetNo")));

    const QStringList english{"Card No", "Plate", "Time", "Fuel", "Litres", "Amount", "Station",
                              "Odometer"};
    const ColumnMapping e = ColumnMapping::guess(fields, english);
    CHECK(e.source(QStringLiteral("card")).header == QLatin1String("Card No"));
    CHECK(e.source(QStringLiteral("quantity")).header == QLatin1String("Litres"));
    CHECK(e.source(QStringLiteral("odometer")).header == QLatin1String("Odometer"));
    CHECK(ColumnMapping::missingRequired(fields, e, english).isEmpty());
}

TEST_CASE("The rejects report is UTF-8 CSV with a BOM, line, reason and the original cells",
          "[csv]")
{
    QTemporaryDir dir;
    ImportResult r;
    r.headers = QStringList{QStringLiteral("车牌号"), QStringLiteral("金额")};
    r.rejected.append({3, QStringLiteral("No vehicle has the plate 宁A·99999."),
                       {QStringLiteral("宁A·99999"), QStringLiteral("1,5")}});
    r.rejected.append({7, QStringLiteral("bad \"amount\""), {QStringLiteral("宁A·1"), QStringLiteral("x")}});
    const QString path = dir.filePath(QStringLiteral("rejects.csv"));
    r.writeRejectsCsv(path);
    const QByteArray bytes = test::readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text == QStringLiteral("line,reason,车牌号,金额\r\n"
                                 "3,No vehicle has the plate 宁A·99999.,宁A·99999,\"1,5\"\r\n"
                                 "7,\"bad \"\"amount\"\"\",宁A·1,x\r\n"));
}

// Found by fuzz_csv: a file mixing LF and lone CR line ends had more rows than the progress
// total counted (the total is an upper bound: the progress bar never passes its end).
TEST_CASE("CSV: the row count bound holds for files mixing LF and CR line ends", "[csv][fuzz]")
{
    const QByteArray bytes = QByteArray::fromBase64(
        "UmVwb3J0CgpidWlsZGluZyxtZXRlciwyMDI2LTAxLGVwb3J0CgpidWlsZGluZyxtZXRlciwyMDI2LTAxLDIwMjYtMD"
        "IKLCxrmldoLGtXaApCMSxNMSwiMTIsMzQ1IiwNQjIsTTIsLDY3OA0yMDI2LTAyCiwsa5pXaCxrV2gKQjEsTTEsIjEy"
        "LDM0NSIsDUIyLE0yLCw2NzgN");
    const CsvDocument doc = CsvDocument::fromBytes(bytes);
    CsvReader reader = doc.dataReader();
    QStringList row;
    qint64 rows = 0;
    while (reader.readRow(row))
        ++rows;
    CHECK(rows > 0);
    CHECK(rows <= doc.approximateRowCount());
    const CsvDocument mixed = CsvDocument::fromBytes("a,b\n1,2\r3,4\r\n5,6\r");
    CHECK(mixed.approximateRowCount() == 3);
}
