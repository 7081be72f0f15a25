#include "org/GeneratorSupport.h"

#include "core/Error.h"
#include "storage/BulkStatement.h"
#include "storage/CopyIn.h"
#include "storage/Query.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

#include <cmath>

namespace ga {

namespace {

quint64 splitmix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

inline quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

// Surnames with rough frequencies in Ningxia (马, 杨, 丁, 海, 纳 … are common Hui surnames).
struct WeightedName
{
    const char *text;
    double weight;
};const WeightedName kSurnames[] = {
    {"王", 7.0}, {"李", 7.0}, {"张", 6.5}, {"刘", 5.0}, {"马", 5.5}, {"杨", 4.2}, {"陈", 3.2},
    {"赵", 2.6}, {"黄", 1.3}, {"周", 1.4}, {"吴", 1.4}, {"徐", 1.2}, {"孙", 1.3}, {"胡", 1.2},
    {"朱", 1.1}, {"高", 1.3}, {"林", 0.6}, {"何", 1.0}, {"郭", 1.4}, {"罗", 0.7}, {"丁", 1.2},
    {"海", 0.5}, {"纳", 0.4}, {"金", 0.6}, {"田", 1.0}, {"白", 0.9}, {"冯", 0.7}, {"韩", 0.9},
    {"贺", 0.6}, {"魏", 0.8}, {"郑", 0.8}, {"梁", 0.7}, {"谢", 0.6}, {"宋", 0.8}, {"唐", 0.6},
    {"许", 0.7}, {"邓", 0.5}, {"曹", 0.6}, {"彭", 0.5}, {"曾", 0.3}, {"肖", 0.5}, {"董", 0.7},
    {"袁", 0.6}, {"苏", 0.7}, {"吕", 0.5}, {"蒋", 0.4}, {"蔡", 0.4}, {"余", 0.4}, {"杜", 0.6},
    {"叶", 0.3}, {"程", 0.5}, {"任", 0.6}, {"沈", 0.3}, {"姚", 0.4}, {"卢", 0.4}, {"姜", 0.5},
    {"崔", 0.5}, {"范", 0.5}, {"石", 0.5}, {"贾", 0.6}, {"夏", 0.4}, {"付", 0.5}, {"方", 0.3},
    {"雷", 0.4}, {"薛", 0.5}, {"闫", 0.6}, {"康", 0.4}, {"虎", 0.2}, {"穆", 0.3}, {"沙", 0.2},
    {"哈", 0.2}, {"拓", 0.2}, {"庞", 0.2}, {"俞", 0.2}, {"常", 0.4}, {"秦", 0.4}, {"尹", 0.3},
    {"段", 0.3}, {"侯", 0.4}, {"龙", 0.2}, {"史", 0.4}, {"陶", 0.2}, {"顾", 0.2}, {"毛", 0.3},
    {"郝", 0.4}, {"邵", 0.2}, {"万", 0.2}, {"武", 0.4}, {"乔", 0.3}, {"牛", 0.3}, {"安", 0.3}};

const char kMaleGiven[] =
    "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清"
    "飞彬富顺信杰涛昌成康星光天达安岩中茂进林有坚和博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆"
    "磊民友裕河哲江超浩亮政谦奇翰朗宏鸣朋斌栋维启克伦翔旭鹏泽晨辰建家致树德行泰盛雄钧冠腾航";
const char kFemaleGiven[] =
    "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲真雪荣爱霞香月媛艳瑞"
    "佳嘉琼勤珍莉桂晶妍茜秋珊莎锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚馨韵悦冰爽欣"
    "晓欢芸菲亚宜可舒丽阳妮宝晴睿雯萱宇雨洋紫";

QList<QString> splitChars(const char *utf8)
{
    QList<QString> out;
    const QString s = QString::fromUtf8(utf8);
    for (QChar c : s)
        out << QString(c);
    return out;
}

} // namespace

GeneratorRandom::GeneratorRandom(quint64 seed)
    : m_seed(seed)
{
    quint64 state = seed;
    for (quint64 &s : m_s)
        s = splitmix64(state);
}

quint64 GeneratorRandom::next()
{
    const quint64 result = rotl(m_s[1] * 5, 7) * 9;
    const quint64 t = m_s[1] << 17;
    m_s[2] ^= m_s[0];
    m_s[3] ^= m_s[1];
    m_s[1] ^= m_s[2];
    m_s[0] ^= m_s[3];
    m_s[2] ^= t;
    m_s[3] = rotl(m_s[3], 45);
    return result;
}

double GeneratorRandom::real()
{
    return double(next() >> 11) * 0x1.0p-53;
}

int GeneratorRandom::uniform(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    const quint64 span = quint64(qint64(hi) - qint64(lo) + 1);
    return int(qint64(lo) + qint64(next() % span));
}

qint64 GeneratorRandom::uniform64(qint64 lo, qint64 hi)
{
    if (hi <= lo)
        return lo;
    const quint64 span = quint64(hi - lo) + 1;
    return lo + qint64(next() % span);
}

int GeneratorRandom::poisson(double lambda)
{
    if (lambda <= 0)
        return 0;
    const double limit = std::exp(-lambda);
    double p = real();
    int k = 0;
    while (p > limit && k < 50) {
        p *= real();
        ++k;
    }
    return k;
}

int GeneratorRandom::weighted(const std::vector<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = real() * total;
    for (size_t i = 0; i < weights.size(); ++i) {
        if (r < weights[i])
            return int(i);
        r -= weights[i];
    }
    return int(weights.size()) - 1;
}

int GeneratorRandom::cumulative(const std::vector<double> &cumulativeWeights)
{
    if (cumulativeWeights.empty())
        return 0;
    const double r = real() * cumulativeWeights.back();
    const auto it = std::upper_bound(cumulativeWeights.begin(), cumulativeWeights.end(), r);
    const auto index = std::distance(cumulativeWeights.begin(), it);
    return int(std::min<qsizetype>(index, qsizetype(cumulativeWeights.size()) - 1));
}

GeneratorRandom GeneratorRandom::fork(quint64 salt) const
{
    quint64 state = m_seed ^ (salt * 0xD1B54A32D192ED03ULL);
    return GeneratorRandom(splitmix64(state));
}

namespace {

// Rows a BulkInsert keeps waiting on PostgreSQL before the BulkInserts send theirs.
constexpr qint64 kWaitingRows = 20000;

// The BulkInserts alive in this thread, in the order they were made.
thread_local std::vector<BulkInsert *> t_bulkInserts;

} // namespace

BulkInsert::BulkInsert(const Database &db, const QString &table, const QStringList &columns,
                       const QString &context)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_context(context)
{
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    const QString sql = QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                        + columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
                        + marks.join(QStringLiteral(", ")) + QStringLiteral(")");
    m_statement = std::make_unique<BulkStatement>(db, sql, context);
    if (CopyIn::available(db))
        m_waiting = std::make_unique<CopyRows>();
    t_bulkInserts.push_back(this);
}

BulkInsert::~BulkInsert() noexcept(false)
{
    const bool unwinding = std::uncaught_exceptions() > 0;
    if (!unwinding && m_waiting && !m_waiting->isEmpty()) {
        try {
            flush();
        } catch (...) {
            std::erase(t_bulkInserts, this);
            throw;
        }
    }
    std::erase(t_bulkInserts, this);
}

void BulkInsert::bindInteger(qint64 value)
{
    if (m_waiting)
        m_row.append(value);
    else
        m_statement->bind(m_next++, value);
}

BulkInsert &BulkInsert::operator<<(const QString &value)
{
    if (m_waiting)
        m_row.append(value.isNull() ? QString(QLatin1String("")) : value);
    else
        m_statement->bind(m_next++, value);
    return *this;
}

BulkInsert &BulkInsert::operator<<(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        if (m_waiting)
            m_row.append(QVariant());
        else
            m_statement->bindNull(m_next++);
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Bool:
        bindInteger(value.toLongLong());
        break;
    default:
        *this << value.toString();
        break;
    }
    return *this;
}

void BulkInsert::insert()
{
    ++m_rows;
    if (!m_waiting) {
        m_next = 0;
        m_statement->exec();
        return;
    }
    for (const QVariant &v : std::as_const(m_row)) {
        if (!v.isValid())
            m_waiting->addNull();
        else if (v.typeId() == QMetaType::LongLong)
            m_waiting->add(v.toLongLong());
        else
            m_waiting->add(v.toString());
    }
    m_waiting->endRow();
    m_row.clear();
    if (m_waiting->rows() >= kWaitingRows)
        flush();
}

qint64 BulkInsert::insertReturningId()
{
    if (m_waiting) {
        // The id comes from the server: the rows before this one go first.
        flush();
        for (int i = 0; i < m_row.size(); ++i) {
            const QVariant &v = m_row.at(i);
            if (!v.isValid())
                m_statement->bindNull(i);
            else if (v.typeId() == QMetaType::LongLong)
                m_statement->bind(i, v.toLongLong());
            else
                m_statement->bind(i, v.toString());
        }
        m_row.clear();
        m_statement->exec();
        ++m_rows;
        return Query(m_db, QStringLiteral("SELECT lastval()"), m_context).scalar(0).toLongLong();
    }
    insert();
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT last_insert_rowid()")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

void BulkInsert::flush()
{
    for (BulkInsert *b : t_bulkInserts)
        if (&b->m_db == &m_db)
            b->sendOwn();
}

void BulkInsert::sendOwn()
{
    if (!m_waiting || m_waiting->isEmpty())
        return;
    CopyIn copy(m_db, m_table, m_columns, m_context);
    copy.send(*m_waiting);
    m_waiting->clear();
    copy.finish();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

qint64 localDayStart(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Qt::LocalTime).toSecsSinceEpoch();
}

QString randomChineseName(GeneratorRandom &random, bool male)
{
    static const auto surnames = [] {
        QList<QString> list;
        for (const WeightedName &w : kSurnames)
            list << QString::fromUtf8(w.text);
        return list;
    }();
    static const auto cumulativeWeights = [] {
        std::vector<double> c;
        double total = 0;
        for (const WeightedName &w : kSurnames)
            c.push_back(total += w.weight);
        return c;
    }();
    static const QList<QString> maleChars = splitChars(kMaleGiven);
    static const QList<QString> femaleChars = splitChars(kFemaleGiven);
    const QList<QString> &pool = male ? maleChars : femaleChars;
    QString name = surnames.at(random.cumulative(cumulativeWeights)) + random.pick(pool);
    if (random.chance(0.72))
        name += random.pick(pool);
    return name;
}

QString randomMobile(GeneratorRandom &random)
{
    static const char *const prefixes[] = {"139", "138", "137", "136", "135", "158", "159", "150",
                                           "151", "152", "187", "188", "189", "180", "181", "133",
                                           "153", "177", "199", "186", "185", "130", "131", "132"};
    return QString::fromLatin1(random.pick(prefixes))
           + QStringLiteral("%1").arg(random.uniform(0, 99999999), 8, 10, QLatin1Char('0'));
}

} // namespace ga
