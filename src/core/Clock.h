#pragma once

#include <QDate>
#include <QDateTime>

namespace ga {

// The source of "now" for services, so tests can fix the time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    qint64 nowSecs() const { return now().toSecsSinceEpoch(); }
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until it is moved; for tests and the demo generator.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &at)
        : m_at(at)
    {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at; }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

} // namespace ga
