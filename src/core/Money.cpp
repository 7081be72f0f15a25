#include "core/Money.h"

#include <QRegularExpression>

namespace ga {

std::optional<Money> Money::parse(const QString &text)
{
    QString s = text.trimmed();
    s.remove(QLatin1Char(',')).remove(QChar(0xFF0C)).remove(QChar(0x00A5)).remove(QChar(0xFFE5));
    s.remove(QLatin1Char(' '));
    if (s.endsWith(QChar(0x5143))) // 元
        s.chop(1);
    static const QRegularExpression re(QStringLiteral("^([-+]?)(\\d+)(?:\\.(\\d{0,2}))?$"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 whole = m.captured(2).toLongLong(&ok);
    if (!ok || whole > 90'000'000'000'000LL)
        return std::nullopt;
    QString frac = m.captured(3);
    while (frac.size() < 2)
        frac.append(QLatin1Char('0'));
    qint64 fen = whole * 100 + frac.toLongLong();
    if (m.captured(1) == QLatin1String("-"))
        fen = -fen;
    return Money(fen);
}

QString Money::toString() const
{
    const qint64 absFen = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(absFen / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + whole + QLatin1Char('.')
           + QStringLiteral("%1").arg(absFen % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    return QChar(0x00A5) + toString();
}

QString Money::toPlainString() const
{
    const qint64 absFen = m_fen < 0 ? -m_fen : m_fen;
    return (m_fen < 0 ? QStringLiteral("-") : QString()) + QString::number(absFen / 100)
           + QLatin1Char('.') + QStringLiteral("%1").arg(absFen % 100, 2, 10, QLatin1Char('0'));
}

} // namespace ga
