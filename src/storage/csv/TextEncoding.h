#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ga {

// The text encodings a CSV file from a Windows office arrives in: UTF-8 (with or without BOM),
// GB18030 (a superset of GBK and GB2312: what Chinese Excel writes as "CSV") and UTF-16 (Excel's
// "Unicode text"). Names are the canonical ones below.
inline constexpr const char *kEncodingUtf8 = "UTF-8";
inline constexpr const char *kEncodingGb18030 = "GB18030";
inline constexpr const char *kEncodingUtf16Le = "UTF-16LE";
inline constexpr const char *kEncodingUtf16Be = "UTF-16BE";

// The encodings a user may choose, canonical names.
QStringList supportedTextEncodings();

// "utf8", "gbk", "GB2312", "cp936" … → the canonical name; empty when not supported.
QString canonicalTextEncoding(const QString &name);

// A byte-order mark decides; otherwise valid UTF-8 is UTF-8 and anything else GB18030.
QString detectTextEncoding(const QByteArray &bytes);

bool isValidUtf8(const QByteArray &bytes);

// Decodes `bytes` (a leading BOM is dropped). `ok` is false when the encoding is unknown or
// the bytes are not valid in it (invalid sequences become U+FFFD).
QString decodeText(const QByteArray &bytes, const QString &encoding, bool *ok = nullptr);

// detectTextEncoding() and decodeText() in one pass for the usual UTF-8 file: the text, with
// the encoding it was read in stored in `encoding`.
QString decodeDetected(const QByteArray &bytes, QString *encoding, bool *ok = nullptr);

} // namespace ga
