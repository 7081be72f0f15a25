#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QTime>

namespace ga {

// A date (or date and time) layout of an imported column, named as users see it:
// "yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日", "d/M/yyyy", "M/d/yyyy",
// each optionally followed by " HH:mm" or " HH:mm:ss". Qt's notation of the same layouts is
// accepted too ("MM/dd/yyyy", "yyyy/MM/dd hh:mm:ss", "yyyy-MM-ddTHH:mm", "M/d/yyyy h:mm AP");
// name() is then the form above. Parsing is fast (no QDateTime::fromString) and lenient about
// the time: a time part is accepted in any of the forms (also with AM / PM), and may be absent.
class DateTimeFormat
{
    Q_DECLARE_TR_FUNCTIONS(DateTimeFormat)
public:
    DateTimeFormat() = default;
    // An unknown name gives an invalid format.
    explicit DateTimeFormat(const QString &name);

    bool isValid() const { return m_layout != Layout::Invalid; }
    QString name() const { return m_name; }
    bool hasTime() const { return m_time != TimePart::None; }

    // True when `text` holds a valid date in this layout, optionally followed by a time
    // (" H:mm", " H:mm:ss", also after 'T', fractions of a second ignored).
    bool parse(QStringView text, QDate *date, QTime *time = nullptr, bool *hadTime = nullptr,
               bool *hadSeconds = nullptr) const;

    // Every name the constructor understands, date-only layouts first.
    static QStringList knownFormats();
    static QStringList dateLayouts();
    // The date layouts in Qt's notation ("MM/dd/yyyy"), for messages.
    static QStringList qtNotationLayouts();

private:
    enum class Layout { Invalid, IsoDash, SlashYmd, DotYmd, Compact, Chinese, SlashDmy, SlashMdy };
    enum class TimePart { None, Minutes, Seconds };
    bool parseDate(QStringView text, qsizetype *consumed, QDate *date) const;

    Layout m_layout = Layout::Invalid;
    TimePart m_time = TimePart::None;
    QString m_name;
};

// The result of looking at a sample of a column: the one format all values fit, or an error
// that says why the program cannot tell (no layout fits, or day and month could be swapped).
struct DateFormatGuess
{
    QString format;          // empty when undecided
    QStringList candidates;  // the formats every sample fits (more than one: ambiguous)
    QString error;           // translated, when format is empty
    bool isOk() const { return !format.isEmpty(); }
};

DateFormatGuess detectDateFormat(const QStringList &samples);

// A time of day as exports write it: "8:30", "08:30:15", "08:30:15.250", "1:05 PM", "12:00 a.m.",
// "下午1:05". False when it is not one.
bool parseTimeOfDay(QStringView text, QTime *time);

} // namespace ga
