#include "storage/csv/ImportResult.h"

#include "storage/csv/CsvWriter.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ga {

double ImportResult::rowsPerSecond() const
{
    return elapsedMs > 0 ? rowsRead() * 1000.0 / elapsedMs : 0.0;
}

QString ImportResult::summary() const
{
    if (cancelled)
        return tr("The import was cancelled; nothing was stored.");
    return tr("%1 imported, %2 rejected, %3 duplicates.")
        .arg(QLocale().toString(accepted), QLocale().toString(rejected.size()),
             QLocale().toString(duplicates.size()));
}

RowProblem RowProblem::grouped(const QString &reason, const QString &group, const QString &value)
{
    RowProblem p(reason);
    p.group = group;
    p.value = value;
    return p;
}

RowProblem RowProblem::duplicateOf(const QString &reason)
{
    RowProblem p(reason);
    p.duplicate = true;
    return p;
}

QList<RejectGroup> ImportResult::rejectGroups(int maxLines, int maxValues) const
{
    QList<RejectGroup> groups;
    QHash<QString, qsizetype> index;
    QList<QSet<QString>> seen;
    for (const ImportIssue &issue : rejected) {
        const QString reason = issue.group.isEmpty() ? issue.reason : issue.group;
        auto it = index.constFind(reason);
        if (it == index.cend()) {
            it = index.insert(reason, groups.size());
            groups.append(RejectGroup {reason, 0, {}, {}, 0});
            seen.append(QSet<QString>());
        }
        RejectGroup &g = groups[*it];
        ++g.count;
        if (g.firstLines.size() < maxLines)
            g.firstLines.append(issue.line);
        if (!issue.group.isEmpty() && !issue.value.isEmpty() && !seen[*it].contains(issue.value)) {
            seen[*it].insert(issue.value);
            ++g.distinctValues;
            if (g.values.size() < maxValues)
                g.values.append(issue.value);
        }
    }
    for (RejectGroup &g : groups)
        std::sort(g.values.begin(), g.values.end());
    std::stable_sort(groups.begin(), groups.end(),
                     [](const RejectGroup &a, const RejectGroup &b) { return a.count > b.count; });
    return groups;
}

QString RejectGroup::describe() const
{
    QStringList lines;
    for (const qint64 l : firstLines)
        lines << QString::number(l);
    QString text = ImportResult::tr("%1 × %2 (line %3)", nullptr, int(count))
                       .arg(QLocale().toString(count), reason,
                            lines.join(QStringLiteral(", "))
                                + (count > firstLines.size() ? QStringLiteral(", …") : QString()));
    if (!values.isEmpty()) {
        text += QLatin1String(": ") + values.join(QStringLiteral(", "));
        if (distinctValues > values.size())
            text += ImportResult::tr(" and %n more", nullptr, int(distinctValues - values.size()));
    }
    return text;
}

QString ImportResult::rejectsReport(int maxGroups) const
{
    const QList<RejectGroup> groups = rejectGroups();
    QStringList lines;
    for (const RejectGroup &g : groups.mid(0, maxGroups))
        lines << g.describe();
    if (groups.size() > maxGroups)
        lines << tr("… and %n other reason(s); save the rejects report to see every row.", nullptr,
                    int(groups.size() - maxGroups));
    return lines.join(QLatin1Char('\n'));
}

void ImportResult::writeRejectsCsv(const QString &path) const
{
    CsvWriter writer(path);
    QStringList header{tr("line"), tr("reason")};
    header << headers;
    writer.writeRow(header);
    for (const ImportIssue &issue : rejected) {
        QStringList row{QString::number(issue.line), issue.reason};
        row << issue.raw;
        writer.writeRow(row);
    }
    writer.close();
}

} // namespace ga
