#include "widgets/vehicles/DispatchOrderDocument.h"

#include "core/Period.h"

#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ga {

using vehicles::Trip;

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row2(const QString &l1, const QString &v1, const QString &l2, const QString &v2)
{
    return QStringLiteral("<tr><th width=\"22%\">%1</th><td width=\"28%\">%2</td>"
                          "<th width=\"22%\">%3</th><td width=\"28%\">%4</td></tr>")
        .arg(esc(l1), v1, esc(l2), v2);
}

QString row1(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th>%1</th><td colspan=\"3\">%2</td></tr>").arg(esc(label), value);
}

} // namespace

DispatchOrderDocument::DispatchOrderDocument(const Trip &trip, const QString &bureauName,
                                             qint64 printedAt)
    : m_trip(trip)
    , m_bureauName(bureauName)
    , m_printedAt(printedAt)
{}

QFont DispatchOrderDocument::documentFont()
{
    // Latin text and digits from a Latin face (the CJK faces shape Latin runs into glyphs a PDF
    // reader cannot map back to text), Chinese from Noto CJK.
    const QStringList installed = QFontDatabase::families();
    QStringList families;
    for (const char *name : {"DejaVu Serif", "Noto Serif CJK SC", "Noto Sans CJK SC"}) {
        const QString family = QString::fromLatin1(name);
        if (installed.contains(family))
            families << family;
    }
    QFont f = QGuiApplication::font();
    if (!families.isEmpty())
        f.setFamilies(families);
    f.setPointSize(11);
    return f;
}

void DispatchOrderDocument::fixCjkTextMapping(QByteArray &pdf)
{
    // Noto CJK draws a radical and its ideograph with one glyph (⻋ U+2ECB and 车 U+8F66), and
    // Qt maps each glyph back to the lowest code point that uses it, so a reader would extract
    // "派⻋单". The ToUnicode maps are uncompressed: swap such code points for the ideograph,
    // same length, so no offset of the file moves.
    static const QHash<ushort, ushort> radicals = {
        {0x2E8C, 0x5C0F}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EAB, 0x76EE}, {0x2EAE, 0x7AF9},
        {0x2EB3, 0x7F51}, {0x2EC4, 0x897F}, {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0},
        {0x2EC9, 0x8D1D}, {0x2ECA, 0x8DB3}, {0x2ECB, 0x8F66}, {0x2ECF, 0x961D}, {0x2ED0, 0x9485},
        {0x2ED3, 0x957F}, {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752},
        {0x2ED9, 0x97E6}, {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF},
        {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
        {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE},
        {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F}};
    auto mapped = [](ushort code) -> ushort {
        if (const auto it = radicals.constFind(code); it != radicals.cend())
            return *it;
        if (code >= 0x2F00 && code <= 0x2FDF) {   // Kangxi radicals: their NFKC form
            const QString n = QString(QChar(code)).normalized(QString::NormalizationForm_KC);
            if (n.size() == 1)
                return n.at(0).unicode();
        }
        return code;
    };
    qsizetype pos = 0;
    while ((pos = pdf.indexOf("beginbfrange", pos)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", pos);
        if (end < 0)
            break;
        for (qsizetype i = pos; i + 5 < end; ++i) {
            if (pdf.at(i) != '<' || pdf.at(i + 5) != '>')
                continue;
            bool ok = false;
            const ushort code = pdf.mid(i + 1, 4).toUShort(&ok, 16);
            if (!ok)
                continue;
            const ushort to = mapped(code);
            if (to != code)
                pdf.replace(i + 1, 4, QByteArray::number(to, 16).toUpper().rightJustified(4, '0'));
            i += 5;
        }
        pos = end;
    }
}

QString DispatchOrderDocument::html() const
{
    const Trip &t = m_trip;
    const QString official = QString::fromUtf8(kOfficialTitle);
    const QString blank = QStringLiteral("&nbsp;");

    QString tripType = t.outOfRegion ? tr("Out-of-region trip") : tr("Local trip");
    if (t.emergency)
        tripType += QStringLiteral("; ") + tr("emergency");

    QString approval;
    if (t.isApproved()) {
        const QString who = t.approvedByName.isEmpty() ? tr("system") : t.approvedByName;
        approval = tr("Approved by %1 at %2").arg(esc(who), formatInstant(t.approvedAt));
        if (t.dispatchedBeforeApproval)
            approval += QStringLiteral(" (") + tr("emergency: dispatched before approval")
                        + QStringLiteral(")");
    } else if (t.dispatchedBeforeApproval) {
        approval = tr("Emergency: dispatched before approval, approval to follow");
    } else {
        approval = tr("Not yet approved");
    }
    if (!t.approvalNote.isEmpty())
        approval += QStringLiteral("<br/>") + esc(t.approvalNote);

    QString vehicle = blank;
    if (t.hasAssignment())
        vehicle = QStringLiteral("<b>%1</b> %2 %3")
                      .arg(esc(t.plate), esc(t.vehicleBrand), esc(t.vehicleModel));
    QString driver = blank;
    if (t.driverId > 0)
        driver = esc(t.driverName)
                 + (t.driverPhone.isEmpty() ? QString() : QStringLiteral(" / ") + esc(t.driverPhone));

    const QString odometerOut = t.odometerOut ? QString::number(*t.odometerOut) : blank;
    const QString odometerIn = t.odometerIn ? QString::number(*t.odometerIn) : blank;
    const QString departed = t.departedAt > 0 ? formatInstant(t.departedAt) : blank;
    const QString returned = t.returnedAt > 0 ? formatInstant(t.returnedAt) : blank;

    QString h;
    h += QStringLiteral("<html><head><style>"
                        "h1 { font-size: 20pt; text-align: center; margin: 0; }"
                        "h2 { font-size: 13pt; text-align: center; font-weight: normal; margin: 0; }"
                        "th { text-align: left; background-color: #f0f0f0; font-weight: bold; }"
                        "td, th { padding: 6px; }"
                        "</style></head><body>");
    if (!m_bureauName.isEmpty())
        h += QStringLiteral("<h2>%1</h2>").arg(esc(m_bureauName));
    h += QStringLiteral("<h1>%1</h1>").arg(official);
    const QString translated = tr("Dispatch order");
    if (translated != official)
        h += QStringLiteral("<h2>%1</h2>").arg(esc(translated));
    h += QStringLiteral("<p align=\"right\">%1 <b>%2</b></p>")
             .arg(esc(tr("No.")), esc(t.requestNo));
    h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" "
                        "style=\"border-collapse: collapse; border-color: #000;\">");
    h += row2(tr("Department"), esc(t.departmentName), tr("Liaison / phone"),
              esc(t.liaison) + QStringLiteral(" / ") + esc(t.liaisonPhone));
    h += row1(tr("Purpose"), esc(t.purpose));
    h += row2(tr("Destination"), esc(t.destination), tr("Passengers"),
              QString::number(t.passengers));
    h += row2(tr("Planned time"),
              formatInstant(t.planned.start) + QStringLiteral(" – ")
                  + formatInstant(t.planned.end),
              tr("Trip type"), esc(tripType));
    h += row2(tr("Vehicle"), vehicle, tr("Driver / phone"), driver);
    h += row1(tr("Approval"), approval);
    h += row2(tr("Departure time"), departed, tr("Return time"), returned);
    h += row2(tr("Odometer out (km)"), odometerOut, tr("Odometer in (km)"), odometerIn);
    h += row2(tr("Fuel / tolls / parking"), blank, tr("Distance (km)"),
              t.km() > 0 ? QString::number(t.km()) : blank);
    h += QStringLiteral("</table><p>&nbsp;</p>");
    h += QStringLiteral("<table width=\"100%\" cellpadding=\"6\"><tr>"
                        "<td style=\"white-space: nowrap\">%1 ____________</td>"
                        "<td style=\"white-space: nowrap\">%2 ____________</td>"
                        "<td style=\"white-space: nowrap\">%3 ____________</td></tr></table>")
             .arg(esc(tr("Dispatcher:")), esc(tr("Driver:")), esc(tr("Passenger:")));
    h += QStringLiteral("<p style=\"font-size: 8pt; color: #666;\">%1</p>")
             .arg(esc(tr("Printed %1").arg(formatInstant(m_printedAt))));
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> DispatchOrderDocument::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(documentFont());
    doc->setHtml(html());
    doc->setDocumentMargin(12);
    return doc;
}

bool DispatchOrderDocument::writePdf(const QString &path, QString *error) const
{
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QString::fromUtf8(kOfficialTitle) + QLatin1Char(' ') + m_trip.requestNo);
        writer.setCreator(QStringLiteral("GovAssets"));
        auto doc = document();
        doc->print(&writer);
    }
    // QPdfWriter reports failures only through the file it leaves behind.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    QByteArray pdf = file.readAll();
    file.close();
    fixCjkTextMapping(pdf);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(pdf) != pdf.size()) {
        if (error)
            *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace ga
