#pragma once

#include "vehicles/Trip.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFont>
#include <QString>

#include <memory>

class QTextDocument;

namespace ga {

// The printable dispatch order (派车单) the driver carries: request, trip window, vehicle and
// driver, approval, boxes for the odometer readings and the signatures. Built as HTML in a
// QTextDocument (QtGui only, no widgets), in the UI language but always under the official
// Chinese title 派车单, with a CJK font so that Chinese text prints and embeds in PDFs.
class DispatchOrderDocument
{
    Q_DECLARE_TR_FUNCTIONS(DispatchOrderDocument)
public:
    static constexpr const char *kOfficialTitle = "派车单";

    DispatchOrderDocument(const vehicles::Trip &trip, const QString &bureauName,
                          qint64 printedAt);

    QString html() const;
    // A new document (owned by the caller) holding html() in the CJK font.
    std::unique_ptr<QTextDocument> document() const;
    // Writes an A4 PDF; false (with `error` set) when the file cannot be written.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // "Noto Serif CJK SC" / "Noto Sans CJK SC" when installed, else the application font.
    static QFont documentFont();
    // Maps CJK radicals in the PDF's ToUnicode tables to the ideographs that share their glyph.
    static void fixCjkTextMapping(QByteArray &pdf);

private:
    vehicles::Trip m_trip;
    QString m_bureauName;
    qint64 m_printedAt = 0;
};

} // namespace ga
