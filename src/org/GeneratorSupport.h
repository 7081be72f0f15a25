#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <memory>
#include <type_traits>
#include <vector>

namespace ga {

class BulkStatement;
class CopyRows;
class Database;

// Deterministic random numbers for the demo and benchmark data generators: xoshiro256**
// seeded through splitmix64. The same seed gives the same sequence on every platform and
// compiler (the std:: distributions are implementation-defined, so none is used).
class GeneratorRandom
{
public:
    explicit GeneratorRandom(quint64 seed);

    quint64 next();
    // [0, 1)
    double real();
    // lo..hi inclusive; lo when hi < lo.
    int uniform(int lo, int hi);
    qint64 uniform64(qint64 lo, qint64 hi);
    double between(double lo, double hi) { return lo + (hi - lo) * real(); }
    bool chance(double p) { return real() < p; }
    // The number of events of a Poisson process with mean `lambda` (small lambdas).
    int poisson(double lambda);
    // An index drawn with the given (not necessarily normalised) weights.
    int weighted(const std::vector<double> &weights);
    // An index into a cumulative weight table (last element is the total).
    int cumulative(const std::vector<double> &cumulativeWeights);

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    template<typename T, size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[uniform(0, int(N) - 1)];
    }

    // An independent stream for one part of the data, so a change in how many numbers one
    // part draws does not shift every later part.
    GeneratorRandom fork(quint64 salt) const;

private:
    quint64 m_s[4];
    quint64 m_seed;
};

// Thrown by a generator's progress hook when the user cancels; the orchestrator catches it
// and rolls the transaction back.
struct GenerationCancelled
{};

// Reports progress of one generator as 0..100; may throw GenerationCancelled.
using GeneratorProgress = std::function<void(int percent)>;

// The generators' fast path for inserting many rows into one table. On SQLite a prepared INSERT
// with the values bound straight through the SQLite API (BulkStatement), one row per insert();
// on PostgreSQL the rows wait in COPY's text format and go to the server in one COPY … FROM STDIN
// per few thousand rows. The BulkInserts of one store send their waiting rows together, in the
// order the BulkInserts were made (make a table's before those of the tables that refer to it),
// when one of them is full, when insertReturningId() needs an id, on flush() and when one of
// them goes; anything else that reads the tables meanwhile calls flush() first. Failures become
// StorageError / ConflictError naming `context`.
class BulkInsert
{
    Q_DECLARE_TR_FUNCTIONS(BulkInsert)
public:
    BulkInsert(const Database &db, const QString &table, const QStringList &columns,
               const QString &context);
    // Sends the waiting rows (unless an exception is on its way: then the transaction is lost
    // anyway), and may throw like flush().
    ~BulkInsert() noexcept(false);
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    template<typename T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
    BulkInsert &operator<<(T value)
    {
        bindInteger(qint64(value));
        return *this;
    }
    // A QString, even a null one, binds text.
    BulkInsert &operator<<(const QString &value);
    // An invalid QVariant binds SQL NULL; integers bind as integers, anything else as text.
    BulkInsert &operator<<(const QVariant &value);

    // Stores the row bound so far (on PostgreSQL: queues it).
    void insert();
    // Stores the row bound so far now and returns its id.
    qint64 insertReturningId();
    qint64 rows() const { return m_rows; }

    // Sends the waiting rows of every BulkInsert of this store, in the order they were made.
    void flush();

private:
    void bindInteger(qint64 value);
    void sendOwn();

    const Database &m_db;
    QString m_table;
    QStringList m_columns;
    QString m_context;
    std::unique_ptr<BulkStatement> m_statement;
    // PostgreSQL: the row being bound, and the rows waiting for the next COPY.
    std::unique_ptr<CopyRows> m_waiting;
    QVariantList m_row;
    int m_next = 0;
    qint64 m_rows = 0;
};

// 'YYYY-MM-DD', or SQL NULL for an invalid date.
QVariant dateValue(const QDate &date);
// The first second of `date` in local time, as UTC seconds.
qint64 localDayStart(const QDate &date);
// A plausible Chinese name: a surname drawn with Ningxia frequencies and one or two given
// characters.
QString randomChineseName(GeneratorRandom &random, bool male);
// A mobile number '13912345678' drawn from the usual prefixes.
QString randomMobile(GeneratorRandom &random);

} // namespace ga
