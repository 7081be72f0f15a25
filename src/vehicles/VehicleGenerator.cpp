#include "vehicles/VehicleGenerator.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/Query.h"
#include "vehicles/VehicleTypes.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <vector>

namespace ga::vehicles {

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// ---- Reference data ---------------------------------------------------------------------

struct ModelData
{
    const char *brand;
    const char *model;
    const char *categories;   // comma-separated category keys the model is bought for
    const char *energy;       // energy type key
    int seats;
    const char *licence;      // licence class it needs
    double priceLo;           // 万元
    double priceHi;
    double consumption;       // L/100 km (bev: kWh/100 km; phev: the petrol part)
    double tank;              // L (bev: kWh)
};

const ModelData kModels[] = {
    {"红旗", "H5", "general,leader,confidential", "petrol", 5, "C1", 15, 18, 8.0, 55},
    {"大众", "帕萨特", "general,confidential", "petrol", 5, "C1", 17, 20, 8.5, 66},
    {"大众", "迈腾", "general,confidential,law_enforcement", "petrol", 5, "C1", 17, 20, 8.3, 66},
    {"丰田", "凯美瑞双擎", "general,leader", "hybrid", 5, "C1", 18, 22, 5.0, 50},
    {"本田", "雅阁", "general", "petrol", 5, "C1", 16, 19, 7.5, 56},
    {"别克", "GL8", "general,leader", "petrol", 7, "C1", 23, 28, 10.5, 65},
    {"红旗", "H9", "leader", "petrol", 5, "C1", 30, 38, 9.5, 70},
    {"大众", "朗逸", "law_enforcement,general,confidential", "petrol", 5, "C1", 10, 13, 6.5, 50},
    {"吉利", "帝豪", "general,law_enforcement", "petrol", 5, "C1", 8, 10, 6.8, 50},
    {"长安", "CS75 PLUS", "law_enforcement,special", "petrol", 5, "C1", 11, 14, 8.0, 58},
    {"哈弗", "H6", "law_enforcement,emergency", "petrol", 5, "C1", 11, 14, 8.5, 61},
    {"北京", "BJ40", "law_enforcement,emergency", "petrol", 5, "C1", 16, 20, 11.0, 80},
    {"丰田", "汉兰达", "emergency,leader", "petrol", 7, "C1", 27, 32, 9.8, 72},
    {"五菱", "荣光", "confidential,special", "petrol", 7, "C1", 5, 7, 7.5, 45},
    {"金杯", "海狮", "general,special", "petrol", 11, "B1", 12, 16, 11.0, 70},
    {"江铃", "全顺", "emergency,special,law_enforcement", "diesel", 15, "B1", 18, 24, 10.5, 80},
    {"丰田", "考斯特", "general", "diesel", 23, "A1", 55, 65, 13.0, 95},
    {"宇通", "ZK6729D", "general", "diesel", 30, "A1", 55, 70, 16.0, 120},
    {"江铃", "宝典", "special", "diesel", 5, "C1", 10, 13, 9.5, 70},
    {"长城", "炮", "special,emergency", "diesel", 5, "C1", 12, 15, 9.8, 80},
    {"福田", "欧马可抢险车", "emergency,special", "diesel", 3, "B2", 20, 30, 14.0, 110},
    {"依维柯", "Daily 监测车", "special", "diesel", 6, "C1", 25, 35, 11.0, 80},
    {"比亚迪", "汉EV", "general,leader", "bev", 5, "C1", 21, 25, 15.0, 77},
    {"比亚迪", "秦PLUS DM-i", "general,confidential,law_enforcement", "phev", 5, "C1", 11, 14, 3.8, 48},
    {"比亚迪", "宋PLUS EV", "general,law_enforcement,emergency", "bev", 5, "C1", 16, 19, 16.0, 72},
    {"比亚迪", "唐DM-i", "general,leader,emergency", "phev", 7, "C1", 20, 26, 5.5, 53},
    {"广汽埃安", "AION S", "general,confidential", "bev", 5, "C1", 14, 17, 13.5, 63},
    {"红旗", "E-QM5", "general,leader", "bev", 5, "C1", 17, 20, 14.0, 56},
    {"北汽", "EU5", "general,law_enforcement", "bev", 5, "C1", 13, 16, 14.0, 53},
    {"宇通", "E8 纯电动客车", "general", "bev", 28, "A1", 70, 85, 60.0, 250},
};

struct Destination
{
    const char *name;
    double lon;
    double lat;
    bool inRegion;
};

const Destination kDestinations[] = {
    {"银川市金凤区", 106.23, 38.49, true}, {"银川市兴庆区", 106.28, 38.47, true},
    {"银川市西夏区", 106.13, 38.49, true}, {"永宁县", 106.25, 38.28, true},
    {"贺兰县", 106.35, 38.55, true}, {"灵武市", 106.34, 38.10, true},
    {"宁东能源化工基地", 106.62, 38.18, true}, {"石嘴山市大武口区", 106.38, 39.02, true},
    {"石嘴山市惠农区", 106.78, 39.24, true}, {"平罗县", 106.54, 38.91, true},
    {"吴忠市利通区", 106.20, 37.99, true}, {"青铜峡市", 106.08, 38.02, true},
    {"盐池县", 107.41, 37.78, true}, {"同心县", 105.91, 36.98, true},
    {"吴忠市红寺堡区", 106.06, 37.42, true}, {"固原市原州区", 106.24, 36.01, true},
    {"西吉县", 105.73, 35.96, true}, {"隆德县", 106.12, 35.62, true},
    {"泾源县", 106.33, 35.50, true}, {"彭阳县", 106.64, 35.85, true},
    {"中卫市沙坡头区", 105.19, 37.51, true}, {"中宁县", 105.68, 37.49, true},
    {"海原县", 105.65, 36.56, true},
    {"内蒙古阿拉善盟巴彦浩特镇", 105.67, 38.84, false}, {"内蒙古乌海市", 106.79, 39.66, false},
    {"内蒙古鄂托克前旗", 107.48, 38.18, false}, {"陕西省定边县", 107.60, 37.59, false},
    {"甘肃省庆阳市", 107.64, 35.71, false}, {"甘肃省平凉市", 106.66, 35.54, false},
    {"甘肃省白银市", 104.14, 36.54, false}, {"甘肃省兰州市", 103.83, 36.06, false},
    {"陕西省榆林市", 109.73, 38.29, false}, {"内蒙古鄂尔多斯市", 109.78, 39.61, false},
};

const char *const kVenuesInRegion[] = {"人民政府", "政务服务中心", "工业园区管委会", "项目建设现场",
                                       "乡镇人民政府", "村委会", "学校", "人民医院", "企业",
                                       "会议中心"};
const char *const kVenuesOutOfRegion[] = {"人民政府", "会议中心", "项目现场", "对口单位"};

const char *const kTopics[] = {"乡村振兴", "安全生产", "生态环境保护", "黄河流域生态保护",
                               "营商环境", "民生实事", "重点项目建设", "防汛抗旱", "冬季供暖",
                               "耕地保护", "招商引资", "文明城市创建"};

struct PurposeSet
{
    const char *category;
    QList<const char *> verbs;
};
const PurposeSet kPurposes[] = {
    {"general", {"参加会议", "调研", "检查指导工作", "接待来访", "公务送件", "督查督办", "项目考察",
                 "培训学习", "走访慰问", "座谈交流"}},
    {"leader", {"参加会议", "调研", "检查指导工作", "接待来访", "督查督办", "走访慰问"}},
    {"confidential", {"机要文件传递", "公务送件", "机要通信保障"}},
    {"law_enforcement", {"执法检查", "现场执法", "案件调查", "巡查", "专项整治行动"}},
    {"emergency", {"应急保障", "防汛检查", "安全生产检查", "应急演练", "现场救援保障"}},
    {"special", {"现场勘测", "环境监测采样", "设备维护", "专业技术检测", "工程巡查"}},
};
const char *const kEmergencyPurposes[] = {"突发事件应急处置", "紧急公务", "事故现场处置",
                                          "险情排查"};

const char *const kLessors[] = {"宁夏交投汽车租赁有限公司", "银川公交汽车租赁服务有限公司",
                                "宁夏国资汽车服务有限公司", "神州租车（宁夏）有限公司"};
const char *const kInsurers[] = {"中国人民财产保险股份有限公司宁夏分公司",
                                 "中国平安财产保险股份有限公司宁夏分公司",
                                 "中国太平洋财产保险股份有限公司宁夏分公司",
                                 "中华联合财产保险股份有限公司宁夏分公司"};
const char *const kServiceItems[] = {"更换机油、机油滤清器，检查制动系统",
                                     "更换机油、三滤，检查轮胎及底盘",
                                     "常规保养：机油、机滤、空调滤芯",
                                     "更换机油、火花塞，检查冷却系统"};
const char *const kEvServiceItems[] = {"检查三电系统，更换空调滤芯", "检查动力电池及充电系统，轮胎换位"};
struct Repair
{
    const char *items;
    int lo;   // yuan
    int hi;
};
const Repair kRepairs[] = {{"更换前后刹车片", 400, 1200},     {"更换轮胎（4条）", 1600, 4000},
                           {"更换蓄电池", 500, 1200},         {"空调系统维修", 600, 2500},
                           {"更换雨刮及灯泡", 100, 300},      {"钣金喷漆", 800, 4000},
                           {"更换减震器", 1200, 3500},        {"发动机故障检修", 1500, 8000},
                           {"变速箱维修", 2000, 9000},        {"更换离合器片", 1200, 3000}};
struct Violation
{
    const char *description;
    int fine;   // yuan
    int points;
};
const Violation kViolations[] = {{"机动车违反规定停放、临时停车", 150, 0},
                                 {"机动车行驶超过规定时速未达20%", 200, 1},
                                 {"不按导向车道行驶", 100, 2},
                                 {"违反禁令标志指示", 100, 1},
                                 {"驾驶时拨打接听手持电话", 50, 3},
                                 {"未按规定让行", 150, 1},
                                 {"机动车违反信号灯通行", 200, 6}};
const char *const kAccidents[] = {"路口追尾，前车后保险杠受损", "停车场倒车刮擦", "雨雪天气侧滑碰撞护栏",
                                  "变道时与社会车辆刮擦", "会车时后视镜碰撞"};
const char *const kLiabilities[] = {"全部责任", "主要责任", "同等责任", "次要责任", "无责任"};
const char *const kRejections[] = {"用车事由不符合公务用车规定", "与已批准行程合并出行",
                                   "改乘公共交通工具", "申请信息不完整，请补充后重新提交"};
const char *const kCancellations[] = {"会议取消", "行程变更", "改期出行", "已安排其他车辆"};

// 92# petrol, yuan per litre, by year (Ningxia, approximate yearly averages).
double petrolPrice(int year)
{
    static const QHash<int, double> prices = {{2012, 7.6}, {2013, 7.5}, {2014, 7.4}, {2015, 6.1},
                                              {2016, 5.9}, {2017, 6.3}, {2018, 7.0}, {2019, 6.6},
                                              {2020, 5.9}, {2021, 6.9}, {2022, 8.1}, {2023, 7.7},
                                              {2024, 7.5}, {2025, 7.1}, {2026, 7.0}};
    if (year < 2012)
        return 7.6;
    return prices.value(year, 7.0);
}

double haversineKm(double lon1, double lat1, double lon2, double lat2)
{
    constexpr double r = 6371.0;
    constexpr double rad = 3.14159265358979323846 / 180.0;
    const double dLat = (lat2 - lat1) * rad;
    const double dLon = (lon2 - lon1) * rad;
    const double a = std::sin(dLat / 2) * std::sin(dLat / 2)
                     + std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * r * std::asin(std::sqrt(a));
}

// ISO 7064 MOD 11-2 check character of a Chinese identity (and driving-licence) number.
QChar idCheckChar(const QString &first17)
{
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

qint64 roundUpTo(qint64 t, qint64 step)
{
    return ((t + step - 1) / step) * step;
}

// ---- Working state ------------------------------------------------------------------------

struct VehicleState
{
    qint64 id = 0;
    int model = 0;
    QString category;
    QString energy;
    QString licence;
    int seats = 5;
    int group = 0;            // city group
    int place = 0;            // base place (index into org.places)
    int agency = -1;          // owning agency, -1: the bureau's platform
    QDate purchase;
    QDate retire;             // invalid: in service
    QDate maintenanceFrom;    // invalid: not in the workshop now
    QDate lastActive;         // the last day it may take trips
    qint64 km = 0;
    qint64 freeAt = 0;
    double consumption = 8;   // per 100 km
    double tank = 60;
    double pendingFuel = 0;   // consumed since the last fill (L or kWh)
    double pendingPower = 0;  // phev: kWh since the last charge
    qint64 kmAtService = 0;
    QDate lastService;
    int serviceInterval = 8000;
    QString card;
    int assignAgency = -1;
    QDate assignStart;
    QDate assignEnd;          // invalid: still assigned
    double tripFactor = 1.0;
    bool departedNow = false;
    qint64 lastFuelAt = 0;
};

struct DriverState
{
    qint64 id = 0;
    int group = 0;
    QString licence;
    QDate from;
    QDate until;
    qint64 freeAt = 0;
};

struct TripRow
{
    qint64 departmentId = 0;
    qint64 requestedBy = 0;
    const QString *liaison = nullptr;
    const QString *liaisonPhone = nullptr;
    const QString *purpose = nullptr;
    const QString *destination = nullptr;
    bool outOfRegion = false;
    bool emergency = false;
    int passengers = 1;
    qint64 plannedStart = 0;
    qint64 plannedEnd = 0;
    int status = 0;              // index into kStatusKeys
    qint64 approvedBy = 0;
    qint64 approvedAt = 0;
    const QString *approvalNote = nullptr;
    bool dispatchedFirst = false;
    qint64 vehicleId = 0;
    qint64 driverId = 0;
    qint64 assignedBy = 0;
    qint64 assignedAt = 0;
    qint64 departedAt = 0;
    qint64 odometerOut = -1;
    qint64 returnedAt = 0;
    qint64 odometerIn = -1;
    qint64 fuelCost = 0;
    qint64 tolls = 0;
    qint64 parking = 0;
    qint64 closedAt = 0;
    const QString *reason = nullptr;
    qint64 createdAt = 0;
    int order = 0;               // tie-break for sorting: generation order
};

enum Status { Requested, Approved, Assigned, Departed, Returned, Closed, Rejected, Cancelled };
const char *const kStatusKeys[] = {"requested", "approved", "assigned", "departed",
                                   "returned", "closed", "rejected", "cancelled"};

QVariant optionalInstant(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant();
}
QVariant optionalId(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant();
}

double seasonFuelFactor(int month)
{
    switch (month) {
    case 12: case 1: case 2: return 1.15;
    case 11: case 3: return 1.07;
    case 6: case 7: case 8: return 1.03; // air conditioning
    default: return 1.0;
    }
}

// How often fill-ups happen per trip, relative to the year's mean: more in winter (idling and
// heating, and cards topped up before the holidays), fewer in summer.
double seasonFillFactor(int month)
{
    switch (month) {
    case 12: case 1: case 2: return 1.3;
    case 11: case 3: return 1.12;
    case 6: case 7: case 8: return 0.82;
    default: return 0.95;
    }
}

double dayFactor(const QDate &d)
{
    static const double months[] = {0, 0.9, 0.7, 1.05, 1.05, 1.05, 1.0, 0.95, 0.9, 1.1, 1.05, 1.1, 1.0};
    double f = 1.0;
    switch (d.dayOfWeek()) {
    case 1: f = 1.1; break;
    case 5: f = 0.9; break;
    case 6: f = 0.12; break;
    case 7: f = 0.08; break;
    default: break;
    }
    // The Spring Festival and National Day holidays, roughly.
    if ((d.month() == 10 && d.day() <= 7) || (d.month() == 1 && d.day() >= 25)
        || (d.month() == 2 && d.day() <= 5))
        f *= 0.3;
    return f * months[d.month()];
}

} // namespace

VehicleGenerator::VehicleGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress)
    : m_db(db)
    , m_random(random)
    , m_progress(std::move(progress))
{}

VehicleGenerationCounts VehicleGenerator::generate(const GeneratedOrg &org,
                                                   const VehicleGenerationOptions &options)
{
    GeneratorRandom &rnd = m_random;
    VehicleGenerationCounts counts;
    auto report = [this](int percent) {
        if (m_progress)
            m_progress(percent);
    };
    const QDate ref = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    const qint64 now = localDayStart(ref)
                       + QTime(0, 0).secsTo(options.referenceTime.isValid() ? options.referenceTime
                                                                            : QTime(10, 0));
    if (org.departments.isEmpty() || org.bureauId == 0)
        throw ValidationError(tr("Vehicles can only be generated over an organisation."));

    // ---- City groups and who each serves ----
    QStringList cities;
    QList<int> placeGroup;
    for (const GeneratedPlace &p : org.places) {
        if (!cities.contains(p.city))
            cities << p.city;
        placeGroup << int(cities.indexOf(p.city));
    }
    QList<int> groupBasePlace(cities.size(), 0);
    for (qsizetype i = org.places.size() - 1; i >= 0; --i)
        groupBasePlace[placeGroup[i]] = int(i); // the first place of each city is its seat
    const int groups = int(cities.size());

    // Departments served by each group's platform vehicles (weighted by staff), and per agency.
    std::vector<std::vector<int>> groupDepts(groups);
    std::vector<std::vector<double>> groupCum(groups);
    std::vector<double> groupStaff(groups, 0);
    for (qsizetype i = 0; i < org.departments.size(); ++i) {
        const GeneratedDepartment &d = org.departments[i];
        const int place = d.agencyIndex >= 0 ? org.agencies[d.agencyIndex].place : org.bureauPlace;
        const int g = placeGroup[place];
        groupDepts[g].push_back(int(i));
        groupCum[g].push_back((groupCum[g].empty() ? 0.0 : groupCum[g].back()) + 1.0 + d.staff);
        groupStaff[g] += d.staff;
    }

    // ---- Shared strings ----
    QList<QString> modelCategories[std::size(kModels)];
    for (size_t m = 0; m < std::size(kModels); ++m)
        modelCategories[m] = QString::fromLatin1(kModels[m].categories).split(QLatin1Char(','));
    QHash<QString, QList<QString>> purposes;
    for (const PurposeSet &p : kPurposes) {
        QList<QString> list;
        for (const char *verb : p.verbs) {
            list << QString::fromUtf8(verb);
            for (const char *topic : kTopics)
                if (QByteArray(p.category) == "general" || QByteArray(p.category) == "leader"
                    || QByteArray(p.category) == "emergency")
                    list << QString::fromUtf8(verb) + QStringLiteral("（") + QString::fromUtf8(topic)
                                + QStringLiteral("）");
        }
        purposes.insert(QString::fromLatin1(p.category), list);
    }
    QList<QString> emergencyPurposes;
    for (const char *p : kEmergencyPurposes)
        emergencyPurposes << QString::fromUtf8(p);
    // Destination strings: place + venue.
    const int destinationCount = int(std::size(kDestinations));
    std::vector<QList<QString>> destinationTexts(destinationCount);
    for (int i = 0; i < destinationCount; ++i) {
        const QString place = QString::fromUtf8(kDestinations[i].name);
        if (kDestinations[i].inRegion)
            for (const char *v : kVenuesInRegion)
                destinationTexts[i] << place + QString::fromUtf8(v);
        else
            for (const char *v : kVenuesOutOfRegion)
                destinationTexts[i] << place + QString::fromUtf8(v);
    }
    // Per place: local, regional and out-of-region destinations with round-trip km.
    struct Reach
    {
        int destination;
        double km;
    };
    std::vector<std::vector<Reach>> localReach(org.places.size()), regionalReach(org.places.size()),
        outReach(org.places.size());
    for (qsizetype p = 0; p < org.places.size(); ++p) {
        for (int i = 0; i < destinationCount; ++i) {
            const double straight = haversineKm(org.places[p].longitude, org.places[p].latitude,
                                                kDestinations[i].lon, kDestinations[i].lat);
            const double road = straight * 1.3 * 2;
            if (!kDestinations[i].inRegion) {
                if (road <= 560)
                    outReach[p].push_back({i, road});
            } else if (straight < 35) {
                localReach[p].push_back({i, road});
            } else if (road <= 560) {
                regionalReach[p].push_back({i, road});
            }
        }
    }
    // Data in the bureau's language (like names and places), not interface text.
    const QString outNote = QStringLiteral("区外公务出行，已报上一级审批");
    const QString emergencyNote = QStringLiteral("紧急公务，先派车后补办审批");
    const QString emptyText;
    auto pickText = [&](int destination) -> const QString & {
        const QList<QString> &texts = destinationTexts[destination];
        return texts[rnd.uniform(0, int(texts.size()) - 1)];
    };
    QList<QString> rejections, cancellations;
    for (const char *r : kRejections)
        rejections << QString::fromUtf8(r);
    for (const char *c : kCancellations)
        cancellations << QString::fromUtf8(c);
    QList<QString> stations[2][16]; // [electric][group]
    {
        const char *const petrolBrands[] = {"中国石化", "中国石油"};
        for (int g = 0; g < groups && g < 16; ++g) {
            for (qsizetype p = 0; p < org.places.size(); ++p) {
                if (placeGroup[p] != g)
                    continue;
                const QString county = org.places[p].county;
                for (const char *b : petrolBrands)
                    stations[0][g] << QString::fromUtf8(b) + cities[g] + county + QStringLiteral("加油站");
                stations[1][g] << QStringLiteral("国家电网") + cities[g] + county + QStringLiteral("充电站");
                stations[1][g] << QStringLiteral("特来电") + county + QStringLiteral("充电站");
            }
        }
    }
    QList<QString> garages(groups);
    for (int g = 0; g < groups; ++g)
        garages[g] = cities[g] + QStringLiteral("公务用车定点维修中心");
    const QString fourS = QStringLiteral("4S店");

    // ---- Vehicles ----
    std::vector<VehicleState> vehicles(std::max(0, options.vehicles));
    // Agencies suited to each category, by what they do.
    auto suits = [](const QString &function, const QString &category) {
        static const QHash<QString, QStringList> keywords = {
            {QStringLiteral("law_enforcement"),
             {QStringLiteral("公安"), QStringLiteral("市场监督"), QStringLiteral("生态环境"),
              QStringLiteral("交通运输"), QStringLiteral("自然资源"), QStringLiteral("城市管理"),
              QStringLiteral("农业农村"), QStringLiteral("文化"), QStringLiteral("应急管理"),
              QStringLiteral("水"), QStringLiteral("林业"), QStringLiteral("司法")}},
            {QStringLiteral("emergency"),
             {QStringLiteral("应急管理"), QStringLiteral("卫生健康"), QStringLiteral("水"),
              QStringLiteral("公安"), QStringLiteral("林业"), QStringLiteral("住房和城乡建设")}},
            {QStringLiteral("special"),
             {QStringLiteral("自然资源"), QStringLiteral("生态环境"), QStringLiteral("统计"),
              QStringLiteral("地质"), QStringLiteral("水"), QStringLiteral("大数据"),
              QStringLiteral("广播电视"), QStringLiteral("交通运输"), QStringLiteral("住房")}},
            {QStringLiteral("confidential"),
             {QStringLiteral("人民政府办公"), QStringLiteral("公安"), QStringLiteral("财政"),
              QStringLiteral("发展和改革"), QStringLiteral("外事"), QStringLiteral("审计"),
              QStringLiteral("信访"), QStringLiteral("档案")}},
            {QStringLiteral("leader"), {QStringLiteral("人民政府办公")}},
        };
        for (const QString &k : keywords.value(category))
            if (function.contains(k))
                return true;
        return false;
    };
    const QStringList ownCategories = {QStringLiteral("law_enforcement"), QStringLiteral("emergency"),
                                       QStringLiteral("special"), QStringLiteral("confidential"),
                                       QStringLiteral("leader")};
    const std::vector<double> ownCategoryWeights = {0.38, 0.17, 0.17, 0.13, 0.15};
    QHash<QString, std::vector<double>> categoryAgencyWeights;
    for (const QString &c : ownCategories) {
        std::vector<double> w;
        bool any = false;
        for (const GeneratedAgency &a : org.agencies) {
            const bool ok = suits(a.function, c);
            any = any || ok;
            w.push_back(ok ? 1.0 + a.staff : 0.0);
        }
        if (!any)
            for (qsizetype i = 0; i < org.agencies.size(); ++i)
                w[i] = 1.0 + org.agencies[i].staff;
        categoryAgencyWeights.insert(c, w);
    }
    std::vector<double> groupWeights(groupStaff.begin(), groupStaff.end());

    QSet<QString> plates;
    const QString platePrefix = QStringLiteral("宁");
    // Ordinary plates avoid I and O (read as 1 and 0) and D and F (the new-energy marks).
    const char plateLetters[] = "ABCEGHJKLMNPQRSTUVWXYZ";
    auto makePlate = [&](QChar cityLetter, const QString &energy) {
        for (;;) {
            QString tail;
            if (energy == QLatin1String("bev") || energy == QLatin1String("phev")) {
                tail = QString(QLatin1Char(energy == QLatin1String("bev") ? 'D' : 'F'))
                       + QStringLiteral("%1").arg(rnd.uniform(0, 99999), 5, 10, QLatin1Char('0'));
            } else {
                tail = QStringLiteral("%1").arg(rnd.uniform(0, 99999), 5, 10, QLatin1Char('0'));
                if (rnd.chance(0.3))
                    tail[rnd.uniform(0, 1)] = QLatin1Char(plateLetters[rnd.uniform(0, int(sizeof(plateLetters)) - 2)]);
            }
            const QString plate = platePrefix + cityLetter + QStringLiteral("·") + tail;
            if (!plates.contains(plate)) {
                plates.insert(plate);
                return plate;
            }
        }
    };

    const QDate windowStart = ref.addYears(-std::max(1, options.tripYears));
    const QString fleetPrefix = org.bureauLevel == QLatin1String("provincial") ? QStringLiteral("NXGW-")
                                                                              : QStringLiteral("YCGW-");
    BulkInsert vehicleInsert(
        m_db, QStringLiteral("vehicles"),
        {QStringLiteral("plate"), QStringLiteral("fleet_no"), QStringLiteral("brand"),
         QStringLiteral("model"), QStringLiteral("category"), QStringLiteral("energy_type"),
         QStringLiteral("seats"), QStringLiteral("licence_class"), QStringLiteral("purchase_date"),
         QStringLiteral("purchase_price"), QStringLiteral("ownership"), QStringLiteral("lessor"),
         QStringLiteral("lease_cost_monthly"), QStringLiteral("department_id"),
         QStringLiteral("odometer_km"), QStringLiteral("status"), QStringLiteral("fuel_card_no"),
         QStringLiteral("notes"), QStringLiteral("created_at")},
        tr("generating vehicles"));
    std::vector<int> vehiclesPerGroup(groups, 0);
    for (size_t i = 0; i < vehicles.size(); ++i) {
        VehicleState &v = vehicles[i];
        const bool platform = rnd.chance(0.45);
        QString category = QStringLiteral("general");
        if (platform) {
            v.group = rnd.weighted(groupWeights);
            v.place = groupBasePlace[v.group];
        } else {
            category = ownCategories.at(rnd.weighted(ownCategoryWeights));
            if (org.agencies.isEmpty()) {
                v.group = 0;
                v.place = org.bureauPlace;
            } else {
                v.agency = rnd.weighted(categoryAgencyWeights.value(category));
                v.place = org.agencies[v.agency].place;
                v.group = placeGroup[v.place];
            }
        }
        ++vehiclesPerGroup[v.group];
        v.category = category;
        const bool leased = rnd.chance(0.12);
        v.purchase = leased ? ref.addDays(-rnd.uniform(15, 5 * 365))
                            : ref.addDays(-rnd.uniform(15, 12 * 365));
        const int ageDays = int(v.purchase.daysTo(ref));
        // National guidance: at least 30% of new and replacement cars are new-energy.
        const double newEnergyShare = ageDays < 3 * 365 ? 0.42 : ageDays < 6 * 365 ? 0.12 : 0.03;
        const bool wantNewEnergy = rnd.chance(newEnergyShare);
        std::vector<double> modelWeights;
        bool anyMatch = false;
        for (size_t m = 0; m < std::size(kModels); ++m) {
            const QString energy = QString::fromLatin1(kModels[m].energy);
            const bool ne = energy == QLatin1String("bev") || energy == QLatin1String("phev");
            const bool ok = modelCategories[m].contains(category) && ne == wantNewEnergy;
            // Big buses are few; the platform mostly runs cars.
            double w = ok ? (kModels[m].seats > 9 ? 0.25 : 1.0) : 0.0;
            modelWeights.push_back(w);
            anyMatch = anyMatch || ok;
        }
        if (!anyMatch)
            for (size_t m = 0; m < std::size(kModels); ++m)
                modelWeights[m] = modelCategories[m].contains(category) ? 1.0 : 0.0;
        v.model = rnd.weighted(modelWeights);
        const ModelData &md = kModels[v.model];
        v.energy = QString::fromLatin1(md.energy);
        v.licence = QString::fromLatin1(md.licence);
        v.seats = md.seats;
        v.consumption = md.consumption * rnd.between(0.92, 1.1);
        v.tank = md.tank;
        v.serviceInterval = rnd.uniform(5000, 10000);
        v.tripFactor = category == QLatin1String("general")           ? 1.5
                       : category == QLatin1String("law_enforcement") ? 1.1
                       : category == QLatin1String("leader")          ? 1.0
                       : category == QLatin1String("confidential")    ? 0.9
                       : category == QLatin1String("special")         ? 0.6
                                                                      : 0.5;
        if (!leased && ageDays > 9 * 365 && rnd.chance(0.45))
            v.retire = v.purchase.addDays(rnd.uniform(8 * 365, ageDays - 30));
        else if (rnd.chance(0.035))
            v.maintenanceFrom = ref.addDays(-rnd.uniform(0, 12));
        v.lastActive = v.retire.isValid() ? v.retire.addDays(-1)
                       : v.maintenanceFrom.isValid() ? v.maintenanceFrom.addDays(-1)
                                                     : ref.addDays(30);
        v.km = leased && rnd.chance(0.5) ? rnd.uniform(5000, 40000) : rnd.uniform(3, 30);
        v.kmAtService = v.km;
        v.lastService = v.purchase;
        v.card = QStringLiteral("1000116400%1").arg(i + 1, 9, 10, QLatin1Char('0'));
        const QChar letter = org.places[v.place].plateLetter;
        const QString plate = makePlate(letter, v.energy);
        const qint64 price = qint64(std::lround(rnd.between(md.priceLo, md.priceHi) * 100)) * 10000;
        const qint64 ownerId = v.agency >= 0 ? org.agencies[v.agency].id
                                             : (org.vehicleCentreId > 0 ? org.vehicleCentreId
                                                                        : org.bureauId);
        const QString status = v.retire.isValid()             ? QStringLiteral("retired")
                               : v.maintenanceFrom.isValid() ? QStringLiteral("maintenance")
                                                             : QStringLiteral("available");
        QString notes;
        if (v.retire.isValid())
            notes = QStringLiteral("%1 报废更新（服役 %2 年）")
                        .arg(v.retire.toString(Qt::ISODate))
                        .arg(v.purchase.daysTo(v.retire) / 365);
        vehicleInsert << plate
                      << QString(fleetPrefix + QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0')))
                      << QString::fromUtf8(md.brand) << QString::fromUtf8(md.model) << category
                      << v.energy << v.seats << v.licence << dateValue(v.purchase)
                      << (leased ? 0 : price) << (leased ? QStringLiteral("leased") : QStringLiteral("retained"))
                      << (leased ? QString::fromUtf8(rnd.pick(kLessors)) : QString())
                      << (leased ? qint64(rnd.uniform(30, 65)) * 10000 : 0) << ownerId << v.km
                      << status << v.card << notes << localDayStart(v.purchase);
        v.id = vehicleInsert.insertReturningId();
        // Vehicles bought before the trip window arrive with the kilometres of their earlier years.
        if (v.purchase < windowStart) {
            const QDate until = v.retire.isValid() && v.retire < windowStart ? v.retire : windowStart;
            const double years = v.purchase.daysTo(until) / 365.0;
            v.km += qint64(years * rnd.between(3000, 9000) * v.tripFactor);
        }
    }
    counts.vehicles = int(vehicles.size());
    report(3);

    // ---- Long-term assignments (相对固定派遣) of a few platform vehicles ----
    BulkInsert assignmentInsert(m_db, QStringLiteral("vehicle_assignments"),
                                {QStringLiteral("vehicle_id"), QStringLiteral("department_id"),
                                 QStringLiteral("start_date"), QStringLiteral("end_date"),
                                 QStringLiteral("note"), QStringLiteral("created_at")},
                                tr("generating vehicle assignments"));
    std::vector<int> assignable;
    for (size_t i = 0; i < vehicles.size(); ++i) {
        const VehicleState &v = vehicles[i];
        if (v.agency < 0 && !v.retire.isValid() && std::max(v.purchase.addDays(30), windowStart) < ref)
            assignable.push_back(int(i));
    }
    const int wantedAssignments = org.agencies.isEmpty() || assignable.empty()
                                      ? 0
                                      : std::max(2, int(assignable.size() * 0.06));
    for (int n = 0; n < wantedAssignments && !assignable.empty(); ++n) {
        const int pickIndex = rnd.uniform(0, int(assignable.size()) - 1);
        VehicleState &v = vehicles[assignable[pickIndex]];
        assignable.erase(assignable.begin() + pickIndex);
        std::vector<double> w;
        double total = 0;
        for (const GeneratedAgency &a : org.agencies) {
            w.push_back(placeGroup[a.place] == v.group ? 1.0 + a.staff : 0.0);
            total += w.back();
        }
        if (total <= 0)
            continue;
        const QDate earliest = std::max(v.purchase.addDays(30), windowStart);
        v.assignAgency = rnd.weighted(w);
        v.assignStart = earliest.addDays(rnd.uniform(0, int(earliest.daysTo(ref))));
        if (rnd.chance(0.55) && v.assignStart.daysTo(ref) > 120)
            v.assignEnd = v.assignStart.addDays(rnd.uniform(90, int(v.assignStart.daysTo(ref)) - 1));
        assignmentInsert << v.id << org.agencies[v.assignAgency].id << dateValue(v.assignStart)
                         << dateValue(v.assignEnd)
                         << QStringLiteral("相对固定派遣至%1").arg(org.agencies[v.assignAgency].name)
                         << localDayStart(v.assignStart);
        assignmentInsert.insert();
        ++counts.assignments;
    }

    // ---- The departments' registered dispatch liaisons (派车联络员) ----
    {
        BulkInsert liaisonInsert(m_db, QStringLiteral("dispatch_liaisons"),
                                 {QStringLiteral("department_id"), QStringLiteral("name"),
                                  QStringLiteral("phone"), QStringLiteral("created_at")},
                                 tr("registering the dispatch liaisons"));
        for (const GeneratedDepartment &d : org.departments) {
            if (d.liaison.isEmpty())
                continue;
            liaisonInsert << d.id << d.liaison << d.liaisonPhone << now;
            liaisonInsert.insert();
        }
    }

    // ---- Drivers ----
    std::vector<DriverState> drivers;
    BulkInsert driverInsert(m_db, QStringLiteral("drivers"),
                            {QStringLiteral("staff_id"), QStringLiteral("name"), QStringLiteral("employment"),
                             QStringLiteral("licence_no"), QStringLiteral("licence_class"),
                             QStringLiteral("licence_expiry"), QStringLiteral("phone"),
                             QStringLiteral("department_id"), QStringLiteral("status"),
                             QStringLiteral("created_at")},
                            tr("generating drivers"));
    {
        const int wanted = std::max(0, options.drivers);
        // Drivers per city group in proportion to its vehicles, with licences for its big ones.
        std::vector<int> perGroup(groups, 0);
        int given = 0;
        for (int g = 0; g < groups; ++g) {
            perGroup[g] = vehicles.empty() ? 0 : int(std::floor(double(wanted) * vehiclesPerGroup[g] / vehicles.size()));
            if (vehiclesPerGroup[g] > 0 && perGroup[g] == 0 && given < wanted)
                perGroup[g] = 1;
            given += perGroup[g];
        }
        for (int g = 0; given < wanted; g = (g + 1) % groups) {
            if (vehiclesPerGroup[g] > 0 || vehicles.empty()) {
                ++perGroup[g];
                ++given;
            }
        }
        std::vector<QHash<QString, int>> bigByGroup(groups);
        for (const VehicleState &v : vehicles)
            if (v.licence != QLatin1String("C1"))
                ++bigByGroup[v.group][v.licence];
        const QString employments[] = {QStringLiteral("established"), QStringLiteral("contracted"),
                                       QStringLiteral("self_hired")};
        int seq = 0;
        for (int g = 0; g < groups; ++g) {
            QStringList classes;
            for (const QString &c : {QStringLiteral("A1"), QStringLiteral("B1"), QStringLiteral("B2")})
                for (int k = 0; k < int(std::ceil(bigByGroup[g].value(c) * 0.9)) && classes.size() < perGroup[g] / 2; ++k)
                    classes << c;
            while (classes.size() < perGroup[g]) {
                const double r = rnd.real();
                classes << (r < 0.86 ? QStringLiteral("C1") : r < 0.92 ? QStringLiteral("B2")
                                                        : r < 0.96 ? QStringLiteral("A2")
                                                                   : QStringLiteral("A1"));
            }
            for (const QString &licenceClass : classes) {
                DriverState d;
                d.group = g;
                d.licence = licenceClass;
                const bool male = rnd.chance(0.92);
                const QString name = randomChineseName(rnd, male);
                const QDate birth = QDate(rnd.uniform(1966, 1998), rnd.uniform(1, 12), rnd.uniform(1, 28));
                QString id17 = QStringLiteral("6401") + QStringLiteral("%1").arg(rnd.uniform(1, 22), 2, 10, QLatin1Char('0'))
                               + birth.toString(QStringLiteral("yyyyMMdd"))
                               + QStringLiteral("%1").arg(rnd.uniform(0, 499) * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
                const QString licenceNo = id17 + idCheckChar(id17);
                // Hired before the trip window mostly; some joined during it.
                d.from = rnd.chance(0.8) ? windowStart.addDays(-rnd.uniform(30, 3000))
                                         : windowStart.addDays(rnd.uniform(0, int(windowStart.daysTo(ref)) - 30));
                d.until = ref.addDays(400);
                QString status = QStringLiteral("active");
                QDate expiry = ref.addDays(rnd.uniform(40, 6 * 365));
                const double r = rnd.real();
                if (r < 0.02) {
                    expiry = ref.addDays(-rnd.uniform(1, 25));       // lapsed
                    d.until = expiry.addDays(-1);
                } else if (r < 0.06) {
                    expiry = ref.addDays(rnd.uniform(1, 30));        // renewal due soon
                    d.until = expiry.addDays(-1);
                } else if (r < 0.09) {
                    status = QStringLiteral("retired");
                    d.until = ref.addDays(-rnd.uniform(10, int(windowStart.daysTo(ref)) / 2 + 10));
                } else if (r < 0.11) {
                    status = QStringLiteral("on_leave");
                    d.until = ref.addDays(-rnd.uniform(1, 20));
                }
                if (d.until < d.from)
                    d.from = d.until.addDays(-rnd.uniform(200, 900));
                qint64 deptId = org.vehicleCentreId > 0 ? org.vehicleCentreId : org.bureauId;
                if (rnd.chance(0.35) && !org.agencies.isEmpty() && !vehicles.empty()) {
                    // An agency's own driver, from an agency of this city owning vehicles.
                    const VehicleState &sample = vehicles[rnd.uniform(0, int(vehicles.size()) - 1)];
                    if (sample.agency >= 0 && sample.group == g)
                        deptId = org.agencies[sample.agency].id;
                }
                driverInsert << QVariant() << name << employments[rnd.weighted({0.35, 0.45, 0.2})]
                             << licenceNo << licenceClass << dateValue(expiry) << randomMobile(rnd)
                             << deptId << status << localDayStart(d.from);
                d.id = driverInsert.insertReturningId();
                drivers.push_back(d);
                ++seq;
            }
        }
        counts.drivers = seq;
    }
    std::vector<std::vector<int>> groupDrivers(groups);
    for (size_t i = 0; i < drivers.size(); ++i)
        groupDrivers[drivers[i].group].push_back(int(i));
    // Licence coverage, precomputed per (driver class, vehicle class).
    QHash<QString, bool> coverCache;
    auto covers = [&](const QString &driverClass, const QString &vehicleClass) {
        const QString key = driverClass + QLatin1Char('/') + vehicleClass;
        auto it = coverCache.find(key);
        if (it == coverCache.end())
            it = coverCache.insert(key, licenceCovers(driverClass, vehicleClass));
        return it.value();
    };
    std::vector<std::vector<char>> coverMatrix(drivers.size());
    QStringList vehicleClasses = licenceClasses();
    QHash<QString, int> classIndex;
    for (qsizetype c = 0; c < vehicleClasses.size(); ++c)
        classIndex.insert(vehicleClasses[c], int(c));
    for (size_t i = 0; i < drivers.size(); ++i) {
        coverMatrix[i].resize(vehicleClasses.size());
        for (qsizetype c = 0; c < vehicleClasses.size(); ++c)
            coverMatrix[i][c] = covers(drivers[i].licence, vehicleClasses[c]) ? 1 : 0;
    }
    std::vector<int> vehicleClass(vehicles.size());
    for (size_t i = 0; i < vehicles.size(); ++i)
        vehicleClass[i] = classIndex.value(vehicles[i].licence, 0);
    report(5);

    // ---- File records that do not depend on trips: inspections and insurance ----
    BulkInsert inspectionInsert(m_db, QStringLiteral("vehicle_inspections"),
                                {QStringLiteral("vehicle_id"), QStringLiteral("date"),
                                 QStringLiteral("expiry"), QStringLiteral("result"),
                                 QStringLiteral("cost"), QStringLiteral("created_at")},
                                tr("generating inspections"));
    BulkInsert insuranceInsert(m_db, QStringLiteral("vehicle_insurance"),
                               {QStringLiteral("vehicle_id"), QStringLiteral("insurer"),
                                QStringLiteral("policy_no"), QStringLiteral("start_date"),
                                QStringLiteral("expiry"), QStringLiteral("premium"),
                                QStringLiteral("created_at")},
                               tr("generating insurance policies"));
    const QString passed = QStringLiteral("passed");
    const QString failed = QStringLiteral("failed");
    int policySeq = 0;
    for (const VehicleState &v : vehicles) {
        const QDate end = v.retire.isValid() ? v.retire : ref;
        const bool lapseInspection = !v.retire.isValid() && rnd.chance(0.02);
        const bool lapseInsurance = !v.retire.isValid() && rnd.chance(0.012);
        const bool bigVehicle = v.seats > 9;
        // Registration inspection at purchase, then one a year around the anniversary.
        for (int k = 0;; ++k) {
            const QDate anniversary = v.purchase.addYears(k);
            QDate date = k == 0 ? v.purchase : anniversary.addDays(-rnd.uniform(0, 25));
            if (date > end)
                break;
            if (lapseInspection && anniversary.addYears(1) > ref && k > 0)
                break;
            const qint64 cost = k == 0 ? 0 : qint64(rnd.uniform(30, 50)) * 1000;
            if (k > 0 && rnd.chance(0.03)) {
                inspectionInsert << v.id << dateValue(date) << dateValue(date) << failed << cost
                                 << localDayStart(date);
                inspectionInsert.insert();
                ++counts.inspections;
                date = date.addDays(rnd.uniform(3, 10));
            }
            inspectionInsert << v.id << dateValue(date) << dateValue(v.purchase.addYears(k + 1))
                             << passed << cost << localDayStart(date);
            inspectionInsert.insert();
            ++counts.inspections;
        }
        const char *insurer = rnd.pick(kInsurers);
        for (int k = 0;; ++k) {
            const QDate start = v.purchase.addYears(k);
            if (start > end)
                break;
            if (lapseInsurance && start.addYears(1) > ref && k > 0)
                break;
            if (rnd.chance(0.15))
                insurer = rnd.pick(kInsurers);
            const qint64 premium = qint64(rnd.uniform(bigVehicle ? 60 : 30, bigVehicle ? 150 : 90)) * 10000;
            insuranceInsert << v.id << QString::fromUtf8(insurer)
                            << QStringLiteral("PDAA%1640100%2").arg(start.year()).arg(++policySeq, 8, 10, QLatin1Char('0'))
                            << dateValue(start) << dateValue(start.addYears(1).addDays(-1)) << premium
                            << localDayStart(start.addDays(-rnd.uniform(1, 10)));
            insuranceInsert.insert();
            ++counts.insurance;
        }
    }
    report(7);

    // ---- Trips, day by day ----
    // The secondary indexes of the two big tables are dropped for the load and rebuilt from
    // their own definitions afterwards (in the same transaction): one sort each instead of a
    // million scattered B-tree updates.
    DeferredIndexes deferred(
        m_db,
        DeferredIndexes::secondaryIndexesOf(
            m_db, {QStringLiteral("trips"), QStringLiteral("fuel_transactions")}));
    BulkInsert tripInsert(
        m_db, QStringLiteral("trips"),
        {QStringLiteral("request_no"), QStringLiteral("department_id"), QStringLiteral("requested_by"),
         QStringLiteral("liaison"), QStringLiteral("liaison_phone"), QStringLiteral("purpose"),
         QStringLiteral("destination"), QStringLiteral("out_of_region"), QStringLiteral("emergency"),
         QStringLiteral("passengers"), QStringLiteral("planned_start"), QStringLiteral("planned_end"),
         QStringLiteral("status"), QStringLiteral("approved_by"), QStringLiteral("approved_at"),
         QStringLiteral("approval_note"), QStringLiteral("dispatched_before_approval"),
         QStringLiteral("vehicle_id"), QStringLiteral("driver_id"), QStringLiteral("assigned_by"),
         QStringLiteral("assigned_at"), QStringLiteral("departed_at"), QStringLiteral("odometer_out"),
         QStringLiteral("returned_at"), QStringLiteral("odometer_in"), QStringLiteral("fuel_cost"),
         QStringLiteral("tolls"), QStringLiteral("parking"), QStringLiteral("closed_at"),
         QStringLiteral("reason"), QStringLiteral("created_at")},
        tr("generating trips"));
    BulkInsert fuelInsert(m_db, QStringLiteral("fuel_transactions"),
                          {QStringLiteral("vehicle_id"), QStringLiteral("card_no"), QStringLiteral("at"),
                           QStringLiteral("fuel_kind"), QStringLiteral("quantity_milli"),
                           QStringLiteral("amount"), QStringLiteral("station"),
                           QStringLiteral("odometer_km"), QStringLiteral("created_at")},
                          tr("generating fuel transactions"));
    BulkInsert maintenanceInsert(m_db, QStringLiteral("vehicle_maintenance"),
                                 {QStringLiteral("vehicle_id"), QStringLiteral("kind"), QStringLiteral("date"),
                                  QStringLiteral("garage"), QStringLiteral("items"), QStringLiteral("cost"),
                                  QStringLiteral("odometer_km"), QStringLiteral("created_at")},
                                 tr("generating maintenance records"));
    BulkInsert violationInsert(m_db, QStringLiteral("vehicle_violations"),
                               {QStringLiteral("vehicle_id"), QStringLiteral("driver_id"), QStringLiteral("date"),
                                QStringLiteral("place"), QStringLiteral("description"), QStringLiteral("fine"),
                                QStringLiteral("points"), QStringLiteral("settled"), QStringLiteral("created_at")},
                               tr("generating violations"));
    BulkInsert accidentInsert(m_db, QStringLiteral("vehicle_accidents"),
                              {QStringLiteral("vehicle_id"), QStringLiteral("driver_id"), QStringLiteral("date"),
                               QStringLiteral("place"), QStringLiteral("description"),
                               QStringLiteral("liability"), QStringLiteral("cost"), QStringLiteral("created_at")},
                              tr("generating accidents"));
    const QString serviceKind = QStringLiteral("service");
    const QString repairKind = QStringLiteral("repair");
    const QString petrolKind = QStringLiteral("petrol");
    const QString dieselKind = QStringLiteral("diesel");
    const QString electricityKind = QStringLiteral("electricity");

    auto addService = [&](VehicleState &v, const QDate &date, qint64 odometer) {
        const bool ev = v.energy == QLatin1String("bev");
        const QString items = QString::fromUtf8(ev ? rnd.pick(kEvServiceItems) : rnd.pick(kServiceItems));
        const qint64 cost = qint64(ev ? rnd.uniform(200, 600) : rnd.uniform(400, 1500)) * 100;
        const QString garage = rnd.chance(0.5) ? garages[v.group]
                                               : cities[v.group] + QString::fromUtf8(kModels[v.model].brand) + fourS;
        maintenanceInsert << v.id << serviceKind << dateValue(date) << garage << items << cost
                          << odometer << localDayStart(date) + 17 * kHour;
        maintenanceInsert.insert();
        ++counts.maintenance;
        v.kmAtService = odometer;
        v.lastService = date;
    };
    auto addRepair = [&](VehicleState &v, const QDate &date, qint64 odometer, const QString &items, qint64 cost) {
        maintenanceInsert << v.id << repairKind << dateValue(date) << garages[v.group] << items << cost
                          << odometer << localDayStart(date) + 16 * kHour;
        maintenanceInsert.insert();
        ++counts.maintenance;
    };

    // Services of the years before the trip window, by time, with interpolated odometers.
    for (VehicleState &v : vehicles) {
        if (v.purchase >= windowStart)
            continue;
        const QDate until = v.retire.isValid() && v.retire < windowStart ? v.retire : windowStart;
        const qint64 startKm = v.kmAtService;
        const double span = std::max<qint64>(1, v.purchase.daysTo(until));
        for (QDate d = v.purchase.addDays(rnd.uniform(200, 330)); d < until; d = d.addDays(rnd.uniform(240, 400)))
            addService(v, d, startKm + qint64((v.km - startKm) * (v.purchase.daysTo(d) / span)));
        v.kmAtService = v.km;
    }

    // The expected trips per vehicle-day, scaled so the past days reach the target.
    const int futureDays = 7;
    const QDate lastDay = ref.addDays(futureDays);
    const int windowDays = int(windowStart.daysTo(lastDay)) + 1;
    std::vector<double> prefix(windowDays + 1, 0.0);
    std::vector<double> factors(windowDays, 0.0);
    for (int i = 0; i < windowDays; ++i) {
        const QDate day = windowStart.addDays(i);
        // The reference day is the demo's "today": give the dispatch desk an ordinary working
        // day's load even when it falls on a weekend (weekend duty, overtime), so the board and
        // the dashboard show real work at once.
        factors[i] = day == ref ? std::max(dayFactor(day), 0.9) : dayFactor(day);
        prefix[i + 1] = prefix[i] + factors[i];
    }
    const int refIndex = int(windowStart.daysTo(ref));
    double exposure = 0;
    for (const VehicleState &v : vehicles) {
        const int a = std::max(0, int(windowStart.daysTo(v.purchase)) + 1);
        const int b = std::min(refIndex, int(windowStart.daysTo(v.lastActive)) + 1); // exclusive
        if (b > a)
            exposure += (prefix[b] - prefix[a]) * v.tripFactor;
    }
    const double base = exposure > 0 ? double(options.trips) / exposure : 0.0;
    const double fillRatio = options.trips > 0 ? double(options.fuelTransactions) / options.trips : 0.5;

    QList<QString> statusKeys;
    for (const char *key : kStatusKeys)
        statusKeys << QString::fromLatin1(key);
    // Trips lost to busy vehicles and drivers are made up for on later days.
    double askedPast = 0;
    qint64 generatedPast = 0;
    double boost = 1.0;
    std::vector<TripRow> day;
    day.reserve(4096);
    qint64 lastStatusCheck = 0;
    int tripOrder = 0;
    for (int di = 0; di < windowDays; ++di) {
        const QDate d = windowStart.addDays(di);
        const qint64 dayStart = localDayStart(d);
        const bool past = d < ref;
        const bool today = d == ref;
        const double fuelPrice = petrolPrice(d.year()) * (1.0 + 0.03 * std::sin(d.dayOfYear() / 58.0));
        const double seasonFuel = seasonFuelFactor(d.month());
        const double seasonFill = seasonFillFactor(d.month());
        double lambdaScale = factors[di] * base;
        if (d > ref)
            lambdaScale *= std::max(0.15, 0.75 - 0.1 * (di - refIndex));
        day.clear();

        for (size_t vi = 0; vi < vehicles.size(); ++vi) {
            VehicleState &v = vehicles[vi];
            if (d <= v.purchase || d > v.lastActive)
                continue;
            if (past)
                askedPast += lambdaScale * v.tripFactor * boost;
            const int k = rnd.poisson(lambdaScale * v.tripFactor * boost);
            for (int j = 0; j < k; ++j) {
                TripRow t;
                t.order = tripOrder++;
                // Who asks: the owner's departments, the assigned agency's, or anyone the
                // platform of this city serves.
                int deptIndex = 0;
                const bool assigned = v.assignAgency >= 0 && d >= v.assignStart
                                      && (!v.assignEnd.isValid() || d <= v.assignEnd);
                const int agencyIdx = assigned ? v.assignAgency : v.agency;
                if (agencyIdx >= 0) {
                    const QList<int> &deps = org.agencies[agencyIdx].departments;
                    deptIndex = deps.at(rnd.uniform(0, int(deps.size()) - 1));
                } else {
                    const int g = groupDepts[v.group].empty() ? placeGroup[org.bureauPlace] : v.group;
                    deptIndex = groupDepts[g][rnd.cumulative(groupCum[g])];
                }
                const GeneratedDepartment &dept = org.departments[deptIndex];
                t.departmentId = dept.id;
                t.liaison = &dept.liaison;
                t.liaisonPhone = &dept.liaisonPhone;

                // What and where.
                t.emergency = rnd.chance(0.03);
                double km = 0;
                double speed = 30;
                const double r = rnd.real();
                if (!t.emergency && r < 0.08 && !outReach[v.place].empty()) {
                    const auto &out = outReach[v.place];
                    const Reach &reach = out[rnd.uniform(0, int(out.size()) - 1)];
                    t.outOfRegion = true;
                    t.destination = &pickText(reach.destination);
                    km = reach.km + rnd.between(10, 40);
                    speed = 75;
                } else if (r < 0.38 && !regionalReach[v.place].empty()) {
                    const auto &regional = regionalReach[v.place];
                    const Reach &reach = regional[rnd.uniform(0, int(regional.size()) - 1)];
                    t.destination = &pickText(reach.destination);
                    km = reach.km + rnd.between(5, 30);
                    speed = 70;
                } else {
                    const auto &local = localReach[v.place];
                    if (local.empty())
                        continue;
                    const Reach &reach = local[rnd.uniform(0, int(local.size()) - 1)];
                    t.destination = &pickText(reach.destination);
                    km = std::max(8.0, reach.km) + rnd.between(4, 30);
                    speed = 32;
                }
                if (t.emergency) {
                    t.purpose = &emergencyPurposes[rnd.uniform(0, int(emergencyPurposes.size()) - 1)];
                } else {
                    const QList<QString> &list = purposes[v.category];
                    t.purpose = &list[rnd.uniform(0, int(list.size()) - 1)];
                }
                const double driving = km / speed;
                double hours = driving + rnd.between(0.5, t.outOfRegion ? 2.5 : 3.0);
                if (t.emergency)
                    hours = std::min(hours, rnd.between(1.0, 5.0));
                hours = std::clamp(hours, 1.0, 9.0);
                const qint64 duration = roundUpTo(qint64(hours * kHour), 15 * kMinute);
                t.passengers = v.seats > 9 ? rnd.uniform(6, v.seats - 1)
                                           : std::min(v.seats - 1, 1 + rnd.poisson(0.9));

                // When: the working-day peaks, long trips early; emergencies any time.
                int startMinute = 0;
                if (t.emergency) {
                    startMinute = rnd.chance(0.7) ? rnd.uniform(7 * 60, 19 * 60) : rnd.uniform(0, 23 * 60);
                } else if (hours > 5) {
                    startMinute = rnd.uniform(7 * 60, 9 * 60 + 30);
                } else {
                    const double p = rnd.real();
                    const double spread = rnd.real() + rnd.real() + rnd.real() - 1.5;
                    if (p < 0.62)
                        startMinute = std::clamp(int(8 * 60 + 45 + spread * 90), 7 * 60 + 30, 11 * 60 + 30);
                    else if (p < 0.95)
                        startMinute = std::clamp(int(14 * 60 + 45 + spread * 80), 13 * 60 + 30, 17 * 60);
                    else
                        startMinute = rnd.uniform(7 * 60, 19 * 60);
                }
                qint64 start = dayStart + roundUpTo(startMinute, 15) * kMinute;
                const qint64 latestEnd = dayStart + (t.emergency ? 24 * kHour : 21 * kHour);

                // Its fate: settled history, today's work, or a request still waiting.
                enum Kind { Done, Refused, Dropped, Ongoing, Waiting, Booked } kind = Done;
                if (past) {
                    const double f = rnd.real();
                    kind = f < 0.015 ? Refused : f < 0.03 ? Dropped : Done;
                } else if (today) {
                    kind = Done; // decided against "now" once the slot is known
                } else {
                    kind = (di == refIndex + 1 && rnd.chance(0.35)) ? Booked : Waiting;
                }

                if (kind == Refused || kind == Dropped || kind == Waiting) {
                    t.plannedStart = start;
                    t.plannedEnd = start + duration;
                    if (kind == Waiting) {
                        t.status = rnd.chance(0.5) ? Requested : Approved;
                        t.createdAt = now - rnd.uniform64(5 * kMinute, 2 * kDay);
                        if (t.status == Approved) {
                            t.approvedBy = options.managerUserId;
                            t.approvedAt = std::min(now - kMinute, t.createdAt + rnd.uniform64(10 * kMinute, 5 * kHour));
                        }
                    } else {
                        t.createdAt = start - rnd.uniform64(2 * kHour, 3 * kDay);
                        t.status = kind == Refused ? Rejected : Cancelled;
                        t.reason = kind == Refused ? &rejections[rnd.uniform(0, int(rejections.size()) - 1)]
                                                   : &cancellations[rnd.uniform(0, int(cancellations.size()) - 1)];
                        if (kind == Refused) {
                            t.approvedBy = options.managerUserId;
                            t.approvedAt = t.createdAt + rnd.uniform64(10 * kMinute, 4 * kHour);
                        }
                    }
                    if (t.outOfRegion)
                        t.approvalNote = &outNote;
                    day.push_back(t);
                    continue;
                }

                // Needs the vehicle: its next free slot.
                start = std::max(start, roundUpTo(v.freeAt + 15 * kMinute, 15 * kMinute));
                const qint64 end = start + duration;
                if (end > latestEnd)
                    continue;
                if (today && start > now) {
                    // Later today: part assigned already, the rest waiting for the dispatcher.
                    const double f = rnd.real();
                    if (f >= 0.55) {
                        t.plannedStart = start;
                        t.plannedEnd = end;
                        t.status = f < 0.78 ? Approved : Requested;
                        t.createdAt = std::min(now - kMinute, start - rnd.uniform64(2 * kHour, 2 * kDay));
                        if (t.status == Approved) {
                            t.approvedBy = options.managerUserId;
                            t.approvedAt = std::min(now - kMinute, t.createdAt + rnd.uniform64(10 * kMinute, 3 * kHour));
                        }
                        if (t.outOfRegion)
                            t.approvalNote = &outNote;
                        day.push_back(t);
                        continue;
                    }
                    kind = Booked;
                }

                // A driver of this city, free in time, licensed for it, in service that day.
                int driverIndex = -1;
                const auto &pool = groupDrivers[v.group];
                if (!pool.empty()) {
                    const int n = int(pool.size());
                    const int first = rnd.uniform(0, n - 1);
                    const int cls = vehicleClass[vi];
                    for (int step = 0; step < n; ++step) {
                        const int di2 = pool[(first + step) % n];
                        const DriverState &dr = drivers[di2];
                        if (dr.freeAt + 15 * kMinute <= start - 10 * kMinute && coverMatrix[di2][cls]
                            && d >= dr.from && d <= dr.until) {
                            driverIndex = di2;
                            break;
                        }
                    }
                }
                if (driverIndex < 0)
                    continue;
                DriverState &driver = drivers[driverIndex];

                t.plannedStart = start;
                t.plannedEnd = end;
                t.vehicleId = v.id;
                t.driverId = driver.id;
                t.assignedBy = options.clerkUserId;
                if (t.outOfRegion)
                    t.approvalNote = &outNote;
                if (t.emergency) {
                    t.dispatchedFirst = true;
                    t.approvalNote = &emergencyNote;
                    t.createdAt = start - rnd.uniform64(5, 30) * kMinute;
                    t.assignedAt = t.createdAt + rnd.uniform64(2, 8) * kMinute;
                } else {
                    t.createdAt = start - rnd.uniform64(2 * kHour, 3 * kDay);
                    if (kind == Booked)
                        t.createdAt = std::min(t.createdAt, now - rnd.uniform64(30 * kMinute, 2 * kDay));
                    t.approvedBy = options.managerUserId;
                    t.approvedAt = std::min(t.createdAt + rnd.uniform64(10 * kMinute, 6 * kHour), start - 30 * kMinute);
                    t.approvedAt = std::max(t.approvedAt, t.createdAt + kMinute);
                    t.assignedAt = std::min(t.approvedAt + rnd.uniform64(5, 60) * kMinute, start - 10 * kMinute);
                    t.assignedAt = std::max(t.assignedAt, t.approvedAt + kMinute);
                    if (kind == Booked) {
                        t.approvedAt = std::min(t.approvedAt, now - 2 * kMinute);
                        t.assignedAt = std::min(std::max(t.assignedAt, t.approvedAt + kMinute), now - kMinute);
                    }
                }
                if (kind == Booked) {
                    t.status = Assigned;
                    if (t.emergency) {
                        t.createdAt = std::min(t.createdAt, now - 2 * kMinute);
                        t.assignedAt = std::min(t.assignedAt, now - kMinute);
                    }
                    v.freeAt = end + 30 * kMinute;
                    driver.freeAt = v.freeAt;
                    day.push_back(t);
                    continue;
                }

                // Departed: on time within minutes; returned: within the hour around the plan.
                t.departedAt = start + rnd.uniform64(-10, 15) * kMinute;
                t.returnedAt = end + rnd.uniform64(-45, 40) * kMinute;
                t.returnedAt = std::max(t.returnedAt, t.departedAt + 30 * kMinute);
                if (today && t.departedAt > now)
                    t.departedAt = now - rnd.uniform64(1, 10) * kMinute;
                t.departedAt = std::max(t.departedAt, t.assignedAt + kMinute);
                const bool back = !today || t.returnedAt <= now;
                if (t.emergency) {
                    const qint64 approvedAt = t.departedAt + rnd.uniform64(30 * kMinute, 4 * kHour);
                    if (approvedAt <= now) {
                        t.approvedBy = options.managerUserId;
                        t.approvedAt = approvedAt;
                    }
                }
                t.odometerOut = v.km;
                v.freeAt = std::max(end, t.returnedAt) + 30 * kMinute;
                driver.freeAt = v.freeAt;
                if (!back) {
                    t.status = Departed;
                    t.returnedAt = 0;
                    v.departedNow = true;
                    day.push_back(t);
                    continue;
                }
                const qint64 actualKm = std::max<qint64>(3, qint64(km * rnd.between(0.93, 1.12)));
                t.odometerIn = v.km + actualKm;
                v.km = t.odometerIn;
                // Energy used, and what it cost.
                const bool bev = v.energy == QLatin1String("bev");
                const bool phev = v.energy == QLatin1String("phev");
                const double used = actualKm * v.consumption / 100.0 * seasonFuel * (bev ? 1.15 : 1.0);
                double power = 0;
                if (phev)
                    power = actualKm * 0.6 * 13.0 / 100.0 * seasonFuel;
                const double fuelUsed = phev ? used * 0.4 : used;
                const double unitPrice = bev ? 1.2 : (v.energy == QLatin1String("diesel") ? fuelPrice - 0.35 : fuelPrice);
                t.fuelCost = qint64(std::lround(fuelUsed * unitPrice * 100 + power * 120));
                if (t.outOfRegion || km > 120)
                    t.tolls = rnd.chance(0.85) ? qint64(std::lround((km - 40) * 0.45)) * 100 : 0;
                if (rnd.chance(t.outOfRegion ? 0.6 : 0.22))
                    t.parking = qint64(rnd.uniform(1, 6)) * 500;
                const bool closed = !today && !(di >= refIndex - 2 && rnd.chance(0.35));
                t.status = closed ? Closed : Returned;
                if (closed)
                    t.closedAt = std::min(now - 5 * kMinute, t.returnedAt + rnd.uniform64(2 * kHour, 3 * kDay));
                day.push_back(t);

                // The card: fill up after the trip now and then, and whenever the tank runs low.
                v.pendingFuel += fuelUsed;
                v.pendingPower += power;
                const double minFill = 3.0;
                const bool mustFill = v.pendingFuel > v.tank * 0.7;
                if (mustFill || (v.pendingFuel >= minFill && rnd.chance(fillRatio * 1.15 * seasonFill))) {
                    const bool electric = bev || (phev && v.pendingPower > v.pendingFuel * 1.5 && rnd.chance(0.6));
                    const double quantity = electric && phev ? v.pendingPower : v.pendingFuel;
                    const QString &kind = electric ? electricityKind
                                                   : (v.energy == QLatin1String("diesel") ? dieselKind : petrolKind);
                    const qint64 at = std::max(t.returnedAt + rnd.uniform64(5, 25) * kMinute, v.lastFuelAt + kMinute);
                    const double price = electric ? 1.2 : unitPrice;
                    const QList<QString> &stationList = stations[electric ? 1 : 0][std::min(v.group, 15)];
                    fuelInsert << v.id << v.card << at << kind << qint64(std::lround(quantity * 1000))
                               << qint64(std::lround(quantity * price * 100))
                               << (stationList.isEmpty() ? emptyText : stationList[rnd.uniform(0, int(stationList.size()) - 1)])
                               << t.odometerIn << at;
                    fuelInsert.insert();
                    ++counts.fuelTransactions;
                    v.lastFuelAt = at;
                    if (electric && phev)
                        v.pendingPower = 0;
                    else
                        v.pendingFuel = 0;
                }

                // The file: services by distance or time, repairs, violations, accidents.
                if (v.km - v.kmAtService >= v.serviceInterval || v.lastService.daysTo(d) > 365) {
                    const QDate serviceDay = d.addDays(rnd.uniform(0, 3));
                    addService(v, serviceDay > ref ? d : serviceDay, v.km);
                    v.serviceInterval = rnd.uniform(5000, 10000);
                }
                if (rnd.chance(actualKm / 25000.0)) {
                    const Repair &rep = rnd.pick(kRepairs);
                    addRepair(v, d, v.km, QString::fromUtf8(rep.items), qint64(rnd.uniform(rep.lo, rep.hi)) * 100);
                }
                if (rnd.chance(0.004 + actualKm / 60000.0)) {
                    const Violation &vio = rnd.pick(kViolations);
                    const bool settled = d.daysTo(ref) > 30 || rnd.chance(0.4);
                    violationInsert << v.id << driver.id << dateValue(d) << *t.destination
                                    << QString::fromUtf8(vio.description) << qint64(vio.fine) * 100
                                    << vio.points << (settled ? 1 : 0) << t.returnedAt + kDay;
                    violationInsert.insert();
                    ++counts.violations;
                }
                if (rnd.chance(0.0003 + actualKm / 400000.0)) {
                    const qint64 cost = qint64(rnd.uniform(500, 30000)) * 100;
                    accidentInsert << v.id << driver.id << dateValue(d) << *t.destination
                                   << QString::fromUtf8(rnd.pick(kAccidents))
                                   << QString::fromUtf8(rnd.pick(kLiabilities)) << cost << t.returnedAt;
                    accidentInsert.insert();
                    ++counts.accidents;
                    if (d < ref)
                        addRepair(v, d.addDays(1), v.km, QStringLiteral("事故维修"), cost);
                }
            }
        }

        // Insert the day's trips in order of their planned start, numbered per day.
        std::sort(day.begin(), day.end(), [](const TripRow &a, const TripRow &b) {
            return a.plannedStart != b.plannedStart ? a.plannedStart < b.plannedStart : a.order < b.order;
        });
        const QString dayPrefix = QStringLiteral("PC") + d.toString(QStringLiteral("yyyyMMdd"));
        int seq = 0;
        for (const TripRow &t : day) {
            const qint64 requestedBy = options.staffUserId > 0 && t.departmentId == options.staffDepartmentId
                                               && t.plannedStart >= now - 60 * kDay
                                           ? options.staffUserId
                                           : 0;
            tripInsert << QString(dayPrefix + QStringLiteral("%1").arg(++seq, 4, 10, QLatin1Char('0')))
                       << t.departmentId << optionalId(requestedBy) << *t.liaison << *t.liaisonPhone
                       << *t.purpose << *t.destination << (t.outOfRegion ? 1 : 0) << (t.emergency ? 1 : 0)
                       << t.passengers << t.plannedStart << t.plannedEnd << statusKeys[t.status]
                       << optionalId(t.approvedBy) << optionalInstant(t.approvedAt)
                       << (t.approvalNote ? *t.approvalNote : emptyText) << (t.dispatchedFirst ? 1 : 0)
                       << optionalId(t.vehicleId) << optionalId(t.driverId) << optionalId(t.assignedBy)
                       << optionalInstant(t.assignedAt) << optionalInstant(t.departedAt)
                       << (t.odometerOut >= 0 ? QVariant(t.odometerOut) : QVariant())
                       << optionalInstant(t.returnedAt)
                       << (t.odometerIn >= 0 ? QVariant(t.odometerIn) : QVariant()) << t.fuelCost
                       << t.tolls << t.parking << optionalInstant(t.closedAt)
                       << (t.reason ? *t.reason : emptyText) << t.createdAt;
            tripInsert.insert();
        }
        counts.trips += qint64(day.size());
        if (past) {
            generatedPast += qint64(day.size());
            if (generatedPast > 100)
                boost = std::clamp(askedPast / double(generatedPast), 1.0, 2.0);
        }
        if (di - lastStatusCheck >= 10 || di == windowDays - 1) {
            lastStatusCheck = di;
            report(8 + int(90.0 * (di + 1) / windowDays));
        }
    }

    report(99);
    tripInsert.flush(); // PostgreSQL: the rows still waiting go before the indexes are built
    deferred.rebuild();

    // Vehicles in the workshop have an open repair; every odometer ends at its last trip.
    Query updateVehicle(m_db,
                        QStringLiteral("UPDATE vehicles SET odometer_km = :km, status = :status WHERE id = :id"),
                        tr("updating generated vehicles"));
    for (VehicleState &v : vehicles) {
        if (v.maintenanceFrom.isValid()) {
            const Repair &rep = rnd.pick(kRepairs);
            addRepair(v, v.maintenanceFrom, v.km, QString::fromUtf8(rep.items),
                      qint64(rnd.uniform(rep.lo, rep.hi)) * 100);
        }
        const QString status = v.retire.isValid()             ? QStringLiteral("retired")
                               : v.maintenanceFrom.isValid() ? QStringLiteral("maintenance")
                               : v.departedNow                ? QStringLiteral("dispatched")
                                                              : QStringLiteral("available");
        updateVehicle.bind(QStringLiteral(":km"), v.km)
            .bind(QStringLiteral(":status"), status)
            .bind(QStringLiteral(":id"), v.id)
            .exec();
    }
    report(100);
    return counts;
}

} // namespace ga::vehicles
