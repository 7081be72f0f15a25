#include "storage/csv/TextEncoding.h"

#include <QStringDecoder>

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace ga {

namespace {

bool startsWith(const QByteArray &bytes, const char *bom, int size)
{
    return bytes.size() >= size && memcmp(bytes.constData(), bom, size) == 0;
}

// glibc's iconv, for a Qt built without ICU (whose QStringDecoder knows no GB18030).
QString decodeWithIconv(const QByteArray &bytes, const char *from, bool *ok)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        *ok = false;
        return {};
    }
    QByteArray out;
    out.resize(bytes.size() * 2 + 16);
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char *dst = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) != size_t(-1))
            continue;
        if (errno == E2BIG) {
            const qsizetype used = dst - out.data();
            out.resize(out.size() * 2);
            dst = out.data() + used;
            outLeft = size_t(out.size() - used);
        } else { // invalid or truncated sequence: replace one byte and go on
            *ok = false;
            ++in;
            --inLeft;
            if (outLeft < 3) {
                const qsizetype used = dst - out.data();
                out.resize(out.size() * 2);
                dst = out.data() + used;
                outLeft = size_t(out.size() - used);
            }
            memcpy(dst, "\xEF\xBF\xBD", 3);
            dst += 3;
            outLeft -= 3;
        }
    }
    iconv_close(cd);
    out.resize(dst - out.data());
    return QString::fromUtf8(out);
}

} // namespace

QStringList supportedTextEncodings()
{
    return {QString::fromLatin1(kEncodingUtf8), QString::fromLatin1(kEncodingGb18030), QString::fromLatin1(kEncodingUtf16Le),
            QString::fromLatin1(kEncodingUtf16Be)};
}

QString canonicalTextEncoding(const QString &name)
{
    QString n = name.trimmed().toUpper();
    n.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (n == QLatin1String("UTF8"))
        return QString::fromLatin1(kEncodingUtf8);
    if (n == QLatin1String("GB18030") || n == QLatin1String("GBK") || n == QLatin1String("GB2312")
        || n == QLatin1String("CP936") || n == QLatin1String("WINDOWS936"))
        return QString::fromLatin1(kEncodingGb18030);
    if (n == QLatin1String("UTF16LE") || n == QLatin1String("UTF16") || n == QLatin1String("UCS2"))
        return QString::fromLatin1(kEncodingUtf16Le);
    if (n == QLatin1String("UTF16BE"))
        return QString::fromLatin1(kEncodingUtf16Be);
    return {};
}

bool isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const auto *end = p + bytes.size();
    while (p < end) {
        // Eight ASCII bytes at a time: most of a statement is digits and punctuation.
        while (end - p >= 8) {
            quint64 word;
            memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p >= end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr unsigned int minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

namespace {
// The encoding a byte-order mark names, or empty.
QString detectTextEncodingByMark(const QByteArray &bytes)
{
    if (startsWith(bytes, "\xEF\xBB\xBF", 3))
        return QString::fromLatin1(kEncodingUtf8);
    if (startsWith(bytes, "\xFF\xFE", 2))
        return QString::fromLatin1(kEncodingUtf16Le);
    if (startsWith(bytes, "\xFE\xFF", 2))
        return QString::fromLatin1(kEncodingUtf16Be);
    return {};
}
} // namespace

QString detectTextEncoding(const QByteArray &bytes)
{
    const QString marked = detectTextEncodingByMark(bytes);
    if (!marked.isEmpty())
        return marked;
    return QString::fromLatin1(isValidUtf8(bytes) ? kEncodingUtf8 : kEncodingGb18030);
}

QString decodeText(const QByteArray &bytes, const QString &encoding, bool *ok)
{
    bool localOk = true;
    bool &good = ok ? *ok : localOk;
    good = true;
    const QString name = canonicalTextEncoding(encoding);
    if (name == QLatin1String(kEncodingUtf8)) {
        // Qt's decoder counts invalid sequences as it goes: no separate validation pass.
        const qsizetype bom = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(bom));
        good = !decoder.hasError();
        return text;
    }
    if (name.isEmpty()) {
        good = false;
        return {};
    }
    QStringDecoder decoder(name.toLatin1().constData(), QStringConverter::Flag::Default);
    if (!decoder.isValid())
        return decodeWithIconv(bytes, name.toLatin1().constData(), &good);
    QString text = decoder.decode(bytes);
    good = !decoder.hasError();
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

QString decodeDetected(const QByteArray &bytes, QString *encoding, bool *ok)
{
    bool localOk = true;
    bool &good = ok ? *ok : localOk;
    QString name = detectTextEncodingByMark(bytes);
    if (name.isEmpty()) {
        // No mark: try UTF-8, and read the bytes as GB18030 when they are not UTF-8.
        QString text = decodeText(bytes, QString::fromLatin1(kEncodingUtf8), &good);
        if (good) {
            *encoding = QString::fromLatin1(kEncodingUtf8);
            return text;
        }
        name = QString::fromLatin1(kEncodingGb18030);
    }
    *encoding = name;
    return decodeText(bytes, name, &good);
}

} // namespace ga
