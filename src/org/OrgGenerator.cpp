#include "org/OrgGenerator.h"

#include "core/Error.h"
#include "storage/Database.h"
#include "storage/Query.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ga {

namespace {

// ---- Reference data ---------------------------------------------------------------------

struct PlaceData
{
    const char *city;
    const char *county;
    char plate;
    const char *areaCode;
    double lon;
    double lat;
    QList<const char *> streets;
};

const QList<PlaceData> &placeData()
{
    static const QList<PlaceData> places = {
        {"银川市", "金凤区", 'A', "0951", 106.23, 38.49,
         {"北京中路", "人民广场东街", "宁安大街", "亲水大街", "正源街", "康平路", "黄河东路",
          "枕水路", "万寿路", "阅海湾中央商务区"}},
        {"银川市", "兴庆区", 'A', "0951", 106.28, 38.47,
         {"凤凰北街", "文化西街", "解放西街", "新华东街", "民族北街", "玉皇阁北街", "清和北街",
          "湖滨西街"}},
        {"银川市", "西夏区", 'A', "0951", 106.13, 38.49,
         {"上海西路", "怀远路", "贺兰山西路", "文萃北街", "同心南街", "朔方路"}},
        {"银川市", "永宁县", 'A', "0951", 106.25, 38.28, {"杨和街", "团结西路", "宁和南街", "永盛路"}},
        {"银川市", "贺兰县", 'A', "0951", 106.35, 38.55, {"银河东路", "德胜路", "富兴街", "习岗街"}},
        {"银川市", "灵武市", 'A', "0951", 106.34, 38.10, {"朔方路", "灵州大道", "文化街", "东塔路"}},
        {"石嘴山市", "大武口区", 'B', "0952", 106.38, 39.02,
         {"朝阳西街", "世纪大道", "人民路", "游艺街", "长胜街"}},
        {"吴忠市", "利通区", 'C', "0953", 106.20, 37.99, {"裕民街", "开元大道", "明珠路", "利宁街"}},
        {"固原市", "原州区", 'D', "0954", 106.24, 36.01, {"文化街", "政府街", "六盘山路", "西城路"}},
        {"中卫市", "沙坡头区", 'E', "0955", 105.19, 37.51, {"鼓楼西街", "应理北街", "中山街", "平安大道"}},
    };
    return places;
}

// Agencies of the autonomous region (prefix 宁夏回族自治区), in order of prominence.
const QList<const char *> kProvincialAgencies = {
    "人民政府办公厅", "发展和改革委员会", "教育厅", "科学技术厅", "工业和信息化厅",
    "民族事务委员会", "公安厅", "民政厅", "司法厅", "财政厅", "人力资源和社会保障厅",
    "自然资源厅", "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅",
    "商务厅", "文化和旅游厅", "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅",
    "外事办公室", "人民政府国有资产监督管理委员会", "市场监督管理厅", "广播电视局", "体育局",
    "统计局", "林业和草原局", "医疗保障局", "地方金融监督管理局", "信访局",
    "粮食和物资储备局", "乡村振兴局", "药品监督管理局", "政务服务管理局", "人民防空办公室",
    "地质局", "档案局", "人民政府研究室", "知识产权局", "能源局", "文物局", "监狱管理局",
    "大数据管理服务局", "中医药管理局"};

// Agencies of a prefecture-level city, in order of prominence.
const QList<const char *> kCityAgencies = {
    "人民政府办公室", "发展和改革委员会", "财政局", "教育局", "公安局", "自然资源局",
    "住房和城乡建设局", "交通运输局", "卫生健康委员会", "市场监督管理局", "应急管理局",
    "生态环境局", "农业农村局", "民政局", "人力资源和社会保障局", "审计局", "统计局", "水务局",
    "商务局", "文化旅游广电局", "司法局", "科学技术局", "工业和信息化局", "退役军人事务局",
    "人民政府国有资产监督管理委员会", "医疗保障局", "城市管理局", "园林管理局", "信访局",
    "政务服务管理局", "体育局", "林业和草原局", "民族宗教事务局", "行政审批服务局",
    "人民防空办公室", "大数据管理服务局", "乡村振兴局"};

// Agencies of a district or county.
const QList<const char *> kCountyAgencies = {
    "人民政府办公室", "发展和改革局", "财政局", "教育局", "公安局", "自然资源局",
    "住房和城乡建设局", "交通运输局", "卫生健康局", "市场监督管理局", "应急管理局",
    "农业农村局", "民政局", "人力资源和社会保障局", "审计局", "统计局", "水务局", "司法局"};

struct Unit
{
    const char *prefix;
    const char *level;   // rank level key
    int place;
    const QList<const char *> *agencies;
    int regionQuota;
    const char *campus;
};

const QList<Unit> &regionUnits()
{
    static const QList<Unit> units = {
        {"宁夏回族自治区", "provincial", 0, &kProvincialAgencies, 46, "自治区党政机关办公区"},
        {"银川市", "city", 0, &kCityAgencies, 36, "银川市行政中心"},
        {"兴庆区", "county", 1, &kCountyAgencies, 12, "兴庆区行政中心"},
        {"金凤区", "county", 0, &kCountyAgencies, 12, "金凤区行政中心"},
        {"西夏区", "county", 2, &kCountyAgencies, 12, "西夏区行政中心"},
        {"永宁县", "county", 3, &kCountyAgencies, 12, "永宁县行政中心"},
        {"贺兰县", "county", 4, &kCountyAgencies, 12, "贺兰县行政中心"},
        {"灵武市", "county", 5, &kCountyAgencies, 12, "灵武市行政中心"},
        {"石嘴山市", "city", 6, &kCityAgencies, 12, "石嘴山市行政中心"},
        {"吴忠市", "city", 7, &kCityAgencies, 12, "吴忠市行政中心"},
        {"固原市", "city", 8, &kCityAgencies, 11, "固原市行政中心"},
        {"中卫市", "city", 9, &kCityAgencies, 11, "中卫市行政中心"},
    };
    return units;
}

struct Weighted
{
    const char *text;
    double weight;
};

// Below-division post titles (职级 of civil servants), with rough shares.
const Weighted kStaffTitles[] = {{"一级主任科员", 1.0}, {"二级主任科员", 1.6}, {"三级主任科员", 2.0},
                                 {"四级主任科员", 2.4}, {"一级科员", 3.0}, {"二级科员", 0.8}};

const QList<const char *> kDivisionCore = {"办公室", "人事%1", "规划财务%1", "政策法规%1"};
const QList<const char *> kDivisionExtra = {
    "综合业务%1", "监督检查%1", "审批服务%1", "科技信息%1", "安全监管%1", "统计分析%1",
    "项目管理%1", "宣传教育%1", "机关党委", "督查%1", "行政审批%1", "对外联络%1"};
const QList<const char *> kBureauDivisions = {
    "办公室", "规划财务%1", "公务用车服务中心", "办公用房管理%1", "公共机构节能%1", "周转住房管理%1",
    "资产管理%1", "后勤服务中心"};

const QList<const char *> kBuildingSuffixes = {"业务用房", "附属楼", "档案楼", "培训中心",
                                               "后勤服务楼", "综合楼", "执法业务用房", "车库及设备用房",
                                               "信息中心机房楼", "会议中心"};

// ---- The plan kept in memory before inserting ---------------------------------------------

struct PlannedStaff
{
    QString name;
    QString gender;
    QString rankCode;
    QString title;
    QDate postStart;
    QDate postEnd;
    bool transferred = false;
    bool retired = false;
    QString phone;
};

struct PlannedDepartment
{
    QString code;
    QString name;
    QString kind;
    int agencyIndex = -1;
    int parent = -1;   // index into the plan's departments
    QList<PlannedStaff> staff;
    qint64 approvedArea = 0;
    QString phone;
    qint64 id = 0;
};

QString unitSuffixForLevel(const QString &level)
{
    if (level == QLatin1String("provincial"))
        return QStringLiteral("处");
    if (level == QLatin1String("city"))
        return QStringLiteral("科");
    return QStringLiteral("股");
}

// 厅 → 厅长, 委员会 → 主任, 局 → 局长, 办公室/办公厅/研究室 → 主任.
QString headTitle(const QString &function)
{
    if (function.endsWith(QStringLiteral("厅")) && !function.endsWith(QStringLiteral("办公厅")))
        return QStringLiteral("厅长");
    if (function.endsWith(QStringLiteral("局")))
        return QStringLiteral("局长");
    return QStringLiteral("主任");
}

QString divisionHeadTitle(const QString &division)
{
    if (division.endsWith(QStringLiteral("处")))
        return QStringLiteral("处长");
    if (division.endsWith(QStringLiteral("科")))
        return QStringLiteral("科长");
    if (division.endsWith(QStringLiteral("股")))
        return QStringLiteral("股长");
    if (division == QStringLiteral("机关党委"))
        return QStringLiteral("专职副书记");
    return QStringLiteral("主任");
}

} // namespace

OrgGenerator::OrgGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress)
    : m_db(db)
    , m_random(random)
    , m_progress(std::move(progress))
{}

GeneratedOrg OrgGenerator::generate(const OrgGenerationOptions &options)
{
    GeneratorRandom &rnd = m_random;
    const QDate ref = options.referenceDate.isValid() ? options.referenceDate : QDate::currentDate();
    auto report = [this](int percent) {
        if (m_progress)
            m_progress(percent);
    };

    // Ranks of the seeded standards table.
    QHash<QString, qint64> rankIds;
    QHash<QString, qint64> rankLimits;
    {
        Query q(m_db, QStringLiteral("SELECT code, id, office_limit FROM ranks"),
                tr("reading the rank table"));
        q.exec();
        while (q.next()) {
            rankIds.insert(q.value(0).toString(), q.value(1).toLongLong());
            rankLimits.insert(q.value(0).toString(), q.value(2).toLongLong());
        }
    }
    for (const char *code : {"provincial.principal", "provincial.below_division", "city.principal",
                             "city.below_bureau", "county.principal", "county.below_section"})
        if (!rankIds.contains(QString::fromLatin1(code)))
            throw ValidationError(tr("The rank table lacks the rank %1; the generator needs the "
                                     "seeded ranks.").arg(QString::fromLatin1(code)));

    GeneratedOrg org;
    for (const PlaceData &p : placeData()) {
        GeneratedPlace place;
        place.city = QString::fromUtf8(p.city);
        place.county = QString::fromUtf8(p.county);
        place.plateLetter = QLatin1Char(p.plate);
        place.areaCode = QString::fromLatin1(p.areaCode);
        place.longitude = p.lon;
        place.latitude = p.lat;
        org.places << place;
    }

    std::vector<double> titleWeights;
    QList<QString> staffTitles;
    for (const Weighted &w : kStaffTitles) {
        staffTitles << QString::fromUtf8(w.text);
        titleWeights.push_back(w.weight);
    }

    auto makePerson = [&](PlannedStaff &s, double maleShare) {
        const bool male = rnd.chance(maleShare);
        s.gender = male ? QStringLiteral("male") : QStringLiteral("female");
        s.name = randomChineseName(rnd, male);
        s.phone = randomMobile(rnd);
    };

    // ---- Which agencies ----
    struct AgencyPlan
    {
        QString prefix;
        QString function;
        QString level;
        int place = 0;
        QString campus;
        double weight = 1.0;
    };
    QList<AgencyPlan> agencyPlans;
    const int wantedAgencies = std::max(1, options.agencies);
    if (options.region) {
        const QList<Unit> &units = regionUnits();
        int quotaTotal = 0;
        for (const Unit &u : units)
            quotaTotal += u.regionQuota;
        QList<int> quotas;
        int assigned = 0;
        for (const Unit &u : units) {
            const int q = std::min<int>(int(u.agencies->size()),
                                        int(std::floor(double(u.regionQuota) * wantedAgencies / quotaTotal)));
            quotas << q;
            assigned += q;
        }
        // Hand out what rounding left over, one per unit in order, while the lists allow.
        for (int round = 0; assigned < wantedAgencies && round < 100; ++round)
            for (qsizetype i = 0; i < units.size() && assigned < wantedAgencies; ++i)
                if (quotas[i] < units[i].agencies->size()) {
                    ++quotas[i];
                    ++assigned;
                }
        for (qsizetype i = 0; i < units.size(); ++i) {
            const Unit &u = units[i];
            for (int k = 0; k < quotas[i]; ++k) {
                AgencyPlan a;
                a.prefix = QString::fromUtf8(u.prefix);
                a.function = QString::fromUtf8(u.agencies->at(k));
                if (a.function == QStringLiteral("公安局") && a.prefix.endsWith(QStringLiteral("区")))
                    a.function = QStringLiteral("公安分局");
                a.level = QString::fromLatin1(u.level);
                a.place = u.place;
                if (u.place == 0 && a.level == QLatin1String("provincial"))
                    a.place = rnd.weighted({0.7, 0.2, 0.1}); // 金凤区, 兴庆区, 西夏区
                a.campus = QString::fromUtf8(u.campus);
                a.weight = a.level == QLatin1String("provincial") ? 1.55
                           : a.level == QLatin1String("city")     ? 1.15
                                                                  : 0.62;
                if (k == 0)
                    a.weight *= 1.2;
                a.weight *= rnd.between(0.8, 1.25);
                agencyPlans << a;
            }
        }
    } else {
        for (int k = 0; k < wantedAgencies; ++k) {
            AgencyPlan a;
            a.prefix = QStringLiteral("银川市");
            a.function = QString::fromUtf8(kCityAgencies.at(k % kCityAgencies.size()));
            if (k >= kCityAgencies.size())
                a.function = QString::number(k / kCityAgencies.size() + 1) + a.function;
            a.level = QStringLiteral("city");
            a.place = rnd.weighted({0.6, 0.3, 0.1});
            a.campus = QStringLiteral("银川市行政中心");
            a.weight = rnd.between(0.8, 1.25) * (k == 0 ? 1.2 : 1.0);
            agencyPlans << a;
        }
    }

    org.bureauLevel = options.region ? QStringLiteral("provincial") : QStringLiteral("city");
    org.bureauName = options.region ? QStringLiteral("宁夏回族自治区机关事务管理局")
                                    : QStringLiteral("银川市机关事务管理局");
    org.bureauPlace = 0;

    // ---- Staff numbers per agency (the bureau first) ----
    std::vector<double> weights;
    weights.push_back(options.region ? 1.6 : 1.3); // the bureau
    for (const AgencyPlan &a : agencyPlans)
        weights.push_back(a.weight);
    double weightTotal = 0;
    for (double w : weights)
        weightTotal += w;
    const int totalStaff = std::max<int>(int(weights.size()) * 3, options.staff);
    std::vector<int> headcount(weights.size());
    int allotted = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        headcount[i] = std::max(3, int(std::floor(totalStaff * weights[i] / weightTotal)));
        allotted += headcount[i];
    }
    for (size_t i = 0; allotted < totalStaff; i = (i + 1) % headcount.size()) {
        ++headcount[i];
        ++allotted;
    }
    for (size_t i = headcount.size() - 1; allotted > totalStaff && i > 0; --i) {
        if (headcount[i] > 3) {
            --headcount[i];
            --allotted;
        }
    }

    // ---- Plan departments and staff ----
    QList<PlannedDepartment> plan;
    auto levelRank = [](const QString &level, const char *provincial, const char *city,
                        const char *county) {
        return QString::fromLatin1(level == QLatin1String("provincial") ? provincial
                                   : level == QLatin1String("city")     ? city
                                                                        : county);
    };
    auto datesFor = [&](PlannedStaff &s, int minDays, int maxDays) {
        s.postStart = ref.addDays(-rnd.uniform(minDays, maxDays));
        if (rnd.chance(0.03)) {
            s.transferred = true;
            s.postStart = ref.addDays(-rnd.uniform(20, 5 * 365));
        }
        if (rnd.chance(0.035)) {
            s.retired = true;
            s.postEnd = ref.addDays(-rnd.uniform(1, 1000));
            if (s.postStart >= s.postEnd)
                s.postStart = s.postEnd.addDays(-rnd.uniform(200, 6000));
        }
    };

    auto planAgency = [&](int agencyIndex, const QString &name, const QString &function,
                          const QString &level, int staffCount, const QString &code,
                          const QString &phoneArea, bool bureau) {
        const QString suffix = unitSuffixForLevel(level);
        PlannedDepartment top;
        top.code = code;
        top.name = name;
        top.kind = bureau ? QStringLiteral("bureau") : QStringLiteral("agency");
        top.agencyIndex = agencyIndex;
        top.phone = phoneArea + QStringLiteral("-") + QString::number(rnd.uniform(5, 6))
                    + QStringLiteral("%1").arg(rnd.uniform(0, 999999), 6, 10, QLatin1Char('0'));
        const int topIndex = int(plan.size());
        plan << top;

        // Leadership at the agency itself.
        int leaders = 1 + std::clamp(staffCount / 14, 1, options.region ? 4 : 3);
        QList<PlannedStaff> leadership;
        const bool government = function.startsWith(QStringLiteral("人民政府办公"));
        if (government) {
            // The government's principal and deputies sit with its general office.
            const QString principalTitle = level == QLatin1String("provincial") ? QStringLiteral("主席")
                                           : name.contains(QStringLiteral("区人民政府")) ? QStringLiteral("区长")
                                           : name.contains(QStringLiteral("县人民政府")) ? QStringLiteral("县长")
                                                                                       : QStringLiteral("市长");
            PlannedStaff p;
            makePerson(p, 0.85);
            p.rankCode = levelRank(level, "provincial.principal", "city.principal", "county.principal");
            p.title = principalTitle;
            datesFor(p, 200, 1800);
            leadership << p;
            const int deputies = level == QLatin1String("county") ? 2 : 3;
            for (int d = 0; d < deputies; ++d) {
                PlannedStaff s;
                makePerson(s, 0.8);
                s.rankCode = levelRank(level, "provincial.deputy", "city.deputy", "county.deputy");
                s.title = QStringLiteral("副") + principalTitle;
                datesFor(s, 100, 2500);
                leadership << s;
            }
        }
        const QString head = headTitle(function);
        for (int l = 0; l < leaders; ++l) {
            PlannedStaff s;
            makePerson(s, 0.82);
            s.rankCode = l == 0 ? levelRank(level, "provincial.bureau", "city.bureau", "county.section")
                                : levelRank(level, "provincial.deputy_bureau", "city.deputy_bureau",
                                            "county.deputy_section");
            s.title = l == 0 ? head : QStringLiteral("副") + head;
            datesFor(s, 60, 2900);
            leadership << s;
        }
        plan[topIndex].staff = leadership;
        int remaining = std::max(0, staffCount - int(leadership.size()));

        // Divisions.
        QList<QString> divisionNames;
        if (bureau) {
            for (const char *d : kBureauDivisions)
                divisionNames << QString::fromUtf8(d).replace(QStringLiteral("%1"), suffix);
            const int wanted = std::clamp(remaining / 10, 4, int(divisionNames.size()));
            divisionNames = divisionNames.mid(0, wanted);
            if (!divisionNames.contains(QStringLiteral("公务用车服务中心")))
                divisionNames << QStringLiteral("公务用车服务中心");
        } else {
            const int wanted = std::clamp(int(std::lround(remaining / 13.0)), 2, 9);
            for (const char *d : kDivisionCore)
                divisionNames << QString::fromUtf8(d).replace(QStringLiteral("%1"), suffix);
            QList<const char *> extra = kDivisionExtra;
            while (divisionNames.size() < wanted && !extra.isEmpty()) {
                const int k = rnd.uniform(0, int(extra.size()) - 1);
                divisionNames << QString::fromUtf8(extra.takeAt(k)).replace(QStringLiteral("%1"), suffix);
            }
            divisionNames = divisionNames.mid(0, wanted);
        }
        std::vector<double> sizeWeights;
        for (qsizetype d = 0; d < divisionNames.size(); ++d)
            sizeWeights.push_back(rnd.between(0.7, 1.3));
        double sizeTotal = 0;
        for (double w : sizeWeights)
            sizeTotal += w;
        QList<int> sizes;
        int given = 0;
        for (double w : sizeWeights) {
            const int n = int(std::floor(remaining * w / sizeTotal));
            sizes << n;
            given += n;
        }
        for (qsizetype d = 0; given < remaining; d = (d + 1) % sizes.size()) {
            ++sizes[d];
            ++given;
        }

        for (qsizetype d = 0; d < divisionNames.size(); ++d) {
            PlannedDepartment div;
            div.code = code + QStringLiteral("-%1").arg(d + 1, 2, 10, QLatin1Char('0'));
            div.name = divisionNames[d];
            div.kind = QStringLiteral("division");
            div.agencyIndex = agencyIndex;
            div.parent = topIndex;
            div.phone = phoneArea + QStringLiteral("-") + QString::number(rnd.uniform(5, 6))
                        + QStringLiteral("%1").arg(rnd.uniform(0, 999999), 6, 10, QLatin1Char('0'));
            const QString divHead = divisionHeadTitle(div.name);
            for (int k = 0; k < sizes[d]; ++k) {
                PlannedStaff s;
                if (k == 0) {
                    makePerson(s, 0.72);
                    s.rankCode = levelRank(level, "provincial.division", "city.below_bureau",
                                           "county.below_section");
                    s.title = divHead;
                    datesFor(s, 90, 3600);
                } else if ((k == 1 && sizes[d] >= 5) || (k == 2 && sizes[d] >= 12)) {
                    makePerson(s, 0.66);
                    s.rankCode = levelRank(level, "provincial.deputy_division", "city.below_bureau",
                                           "county.below_section");
                    s.title = divHead == QStringLiteral("专职副书记") ? QStringLiteral("副书记")
                                                                : QStringLiteral("副") + divHead;
                    datesFor(s, 60, 3600);
                } else {
                    makePerson(s, 0.55);
                    s.rankCode = levelRank(level, "provincial.below_division", "city.below_bureau",
                                           "county.below_section");
                    s.title = staffTitles.at(rnd.weighted(titleWeights));
                    // A few provincial staff hold a deputy-division rank without a post.
                    if (level == QLatin1String("provincial") && rnd.chance(0.06)) {
                        s.rankCode = QStringLiteral("provincial.deputy_division");
                        s.title = QStringLiteral("四级调研员");
                    }
                    datesFor(s, 30, 7000);
                }
                div.staff << s;
            }
            plan << div;
        }
    };

    const GeneratedPlace &seat = org.places.at(0);
    planAgency(-1, org.bureauName, QStringLiteral("机关事务管理局"), org.bureauLevel, headcount[0],
               options.region ? QStringLiteral("NXJG") : QStringLiteral("YCJG"), seat.areaCode, true);
    for (qsizetype i = 0; i < agencyPlans.size(); ++i) {
        const AgencyPlan &a = agencyPlans[i];
        GeneratedAgency agency;
        agency.name = a.prefix + a.function;
        agency.function = a.function;
        agency.level = a.level;
        agency.place = a.place;
        agency.staff = headcount[i + 1];
        org.agencies << agency;
        planAgency(int(i), agency.name, a.function, a.level, headcount[i + 1],
                   QStringLiteral("A%1").arg(i + 1, 3, 10, QLatin1Char('0')),
                   org.places.at(a.place).areaCode, false);
        if (i % 20 == 0)
            report(int(5 + 15 * i / std::max<qsizetype>(1, agencyPlans.size())));
    }

    // Approved areas: a division's staff entitlement, an agency's whole tree plus a margin.
    for (PlannedDepartment &d : plan) {
        qint64 sum = 0;
        for (const PlannedStaff &s : d.staff)
            if (!s.retired)
                sum += rankLimits.value(s.rankCode);
        d.approvedArea = sum;
    }
    for (qsizetype i = 0; i < plan.size(); ++i)
        if (plan[i].parent >= 0)
            plan[plan[i].parent].approvedArea += plan[i].approvedArea;
    for (PlannedDepartment &d : plan)
        if (d.parent < 0)
            d.approvedArea = qint64(std::lround(d.approvedArea * rnd.between(1.0, 1.08) / 100.0)) * 100;

    // ---- Insert departments and staff ----
    const qint64 createdAt = localDayStart(ref.addYears(-10));
    BulkInsert deptInsert(m_db, QStringLiteral("departments"),
                          {QStringLiteral("parent_id"), QStringLiteral("code"), QStringLiteral("name"),
                           QStringLiteral("kind"), QStringLiteral("approved_area"),
                           QStringLiteral("phone"), QStringLiteral("status"),
                           QStringLiteral("created_at")},
                          tr("generating departments"));
    BulkInsert staffInsert(m_db, QStringLiteral("staff"),
                           {QStringLiteral("staff_no"), QStringLiteral("name"), QStringLiteral("gender"),
                            QStringLiteral("department_id"), QStringLiteral("rank_id"),
                            QStringLiteral("post_title"), QStringLiteral("post_start"),
                            QStringLiteral("post_end"), QStringLiteral("transferred"),
                            QStringLiteral("phone"), QStringLiteral("status"),
                            QStringLiteral("created_at")},
                           tr("generating staff"));
    const QString staffPrefix = options.region ? QStringLiteral("NX") : QStringLiteral("YC");
    const QString active = QStringLiteral("active");
    const QString retired = QStringLiteral("retired");
    int staffSeq = 0;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        PlannedDepartment &d = plan[i];
        deptInsert << (d.parent >= 0 ? QVariant(plan[d.parent].id) : QVariant()) << d.code << d.name
                   << d.kind << d.approvedArea << d.phone << active << createdAt;
        d.id = deptInsert.insertReturningId();

        GeneratedDepartment gd;
        gd.id = d.id;
        gd.agencyIndex = d.agencyIndex;
        gd.name = d.parent >= 0 ? plan[d.parent].name + QStringLiteral(" / ") + d.name : d.name;
        for (const PlannedStaff &s : d.staff) {
            const QString staffNo = staffPrefix + QStringLiteral("%1").arg(++staffSeq, 6, 10, QLatin1Char('0'));
            staffInsert << staffNo << s.name << s.gender << d.id << rankIds.value(s.rankCode)
                        << s.title << dateValue(s.postStart) << dateValue(s.postEnd)
                        << (s.transferred ? 1 : 0) << s.phone << (s.retired ? retired : active)
                        << localDayStart(s.postStart);
            staffInsert.insert();
            if (!s.retired)
                ++gd.staff;
        }
        // The liaison: the most junior active member, or the head in a tiny department.
        for (qsizetype k = d.staff.size() - 1; k >= 0; --k) {
            if (!d.staff[k].retired) {
                gd.liaison = d.staff[k].name;
                gd.liaisonPhone = d.staff[k].phone;
                break;
            }
        }
        if (gd.liaison.isEmpty() && d.parent >= 0) {
            gd.liaison = plan[d.parent].staff.value(0).name;
            gd.liaisonPhone = plan[d.parent].staff.value(0).phone;
        }

        const int deptIndex = int(org.departments.size());
        org.departments << gd;
        if (d.kind == QLatin1String("bureau"))
            org.bureauId = d.id;
        else if (d.kind == QLatin1String("agency"))
            org.agencies[d.agencyIndex].id = d.id;
        if (d.agencyIndex >= 0)
            org.agencies[d.agencyIndex].departments << deptIndex;
        if (d.agencyIndex < 0 && d.name == QStringLiteral("公务用车服务中心"))
            org.vehicleCentreId = d.id;
        if (i % 50 == 0)
            report(int(20 + 60 * i / std::max<qsizetype>(1, plan.size())));
    }
    org.departmentCount = int(plan.size());
    org.staffCount = staffSeq;

    // ---- Buildings ----
    const int owners = int(agencyPlans.size()) + 1; // the bureau, then each agency
    QList<int> perOwner(owners, 0);
    const int wantedBuildings = std::max(0, options.buildings);
    for (int i = 0; i < owners && i < wantedBuildings; ++i)
        perOwner[i] = 1;
    std::vector<double> ownerWeights;
    for (int i = 0; i < owners; ++i)
        ownerWeights.push_back(headcount[i]);
    for (int left = wantedBuildings - std::min(owners, wantedBuildings); left > 0; --left)
        ++perOwner[rnd.weighted(ownerWeights)];

    BulkInsert buildingInsert(m_db, QStringLiteral("buildings"),
                              {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("campus"),
                               QStringLiteral("address"), QStringLiteral("department_id"),
                               QStringLiteral("gross_area"), QStringLiteral("usable_area"),
                               QStringLiteral("energy_users"), QStringLiteral("year_built"),
                               QStringLiteral("status"), QStringLiteral("created_at")},
                              tr("generating buildings"));
    int buildingSeq = 0;
    for (int owner = 0; owner < owners; ++owner) {
        const bool bureau = owner == 0;
        const QString ownerName = bureau ? org.bureauName : org.agencies[owner - 1].name;
        const QString level = bureau ? org.bureauLevel : org.agencies[owner - 1].level;
        const qint64 deptId = bureau ? org.bureauId : org.agencies[owner - 1].id;
        const int placeIndex = bureau ? org.bureauPlace : org.agencies[owner - 1].place;
        const QString campus = bureau ? QString() : agencyPlans[owner - 1].campus;
        const PlaceData &place = placeData().at(placeIndex);
        QList<const char *> suffixes = kBuildingSuffixes;
        for (int b = 0; b < perOwner[owner]; ++b) {
            const bool main = b == 0;
            QString name = ownerName;
            if (main) {
                name += QStringLiteral("办公楼");
            } else if (!suffixes.isEmpty()) {
                name += QString::fromUtf8(suffixes.takeAt(rnd.uniform(0, int(suffixes.size()) - 1)));
            } else {
                name += QStringLiteral("%1号楼").arg(b + 1);
            }
            const QString address = QString::fromUtf8(place.city) + QString::fromUtf8(place.county)
                                    + QString::fromUtf8(rnd.pick(place.streets))
                                    + QStringLiteral("%1号").arg(rnd.uniform(1, 399));
            // Gross floor area in m² by level: the main building, then annexes.
            double lo = main ? 1200 : 300;
            double hi = main ? 5000 : 2000;
            if (level == QLatin1String("provincial")) {
                lo = main ? 6000 : 800;
                hi = main ? 24000 : 6000;
            } else if (level == QLatin1String("city")) {
                lo = main ? 3000 : 500;
                hi = main ? 12000 : 4000;
            }
            const qint64 gross = qint64(std::lround(rnd.between(lo, hi) * 100));
            const qint64 usable = qint64(std::lround(gross * rnd.between(0.60, 0.70)));
            const int users = main ? int(headcount[owner] * rnd.between(1.0, 1.15)) + rnd.uniform(0, 10)
                                   : rnd.uniform(5, 60);
            const int year = rnd.uniform(1982, 2022);
            const bool retiredBuilding = !main && year < 1995 && rnd.chance(0.25);
            buildingInsert << QStringLiteral("JZ%1").arg(++buildingSeq, 5, 10, QLatin1Char('0')) << name
                           << (main || rnd.chance(0.4) ? campus : QString()) << address << deptId
                           << gross << usable << users << year << (retiredBuilding ? retired : active)
                           << createdAt;
            buildingInsert.insert();
        }
    }
    org.buildingCount = buildingSeq;
    report(100);
    return org;
}

} // namespace ga
