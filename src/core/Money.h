#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace ga {

// An amount of renminbi held as an integer number of fen (分), never a float.
class Money
{
public:
    constexpr Money() = default;
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // Parses "1234", "1,234.5", "¥1234.56", "-3.2"; more than two decimals is refused.
    static std::optional<Money> parse(const QString &text);

    constexpr qint64 fen() const { return m_fen; }
    double yuan() const { return m_fen / 100.0; }

    // "1,234.56" (no currency sign): for tables and reports.
    QString toString() const;
    // "¥1,234.56"
    QString toDisplayString() const;
    // "1234.56": plain decimal for CSV/XLSX and editors.
    QString toPlainString() const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

private:
    qint64 m_fen = 0;
};

} // namespace ga
