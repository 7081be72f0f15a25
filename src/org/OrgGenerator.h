#pragma once

#include "org/GeneratorSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace ga {

class Database;

// Where an agency sits: a city (or the region's seat) and a district or county, with what the
// other generators need of it: the plate letter (宁A 银川, 宁B 石嘴山 …), the telephone area
// code and a map position for trip distances.
struct GeneratedPlace
{
    QString city;        // 银川市
    QString county;      // 金凤区
    QChar plateLetter;   // 'A'
    QString areaCode;    // 0951
    double longitude = 0;
    double latitude = 0;
};

struct GeneratedDepartment
{
    qint64 id = 0;
    int agencyIndex = -1;   // index into GeneratedOrg::agencies; -1 for the bureau's own tree
    QString name;
    int staff = 0;
    QString liaison;        // 派车联络员: one of its staff
    QString liaisonPhone;
};

struct GeneratedAgency
{
    qint64 id = 0;
    QString name;           // 宁夏回族自治区教育厅
    QString function;       // 教育厅: the name without the unit prefix
    QString level;          // rank level key: provincial, city, county
    int place = 0;          // index into GeneratedOrg::places
    int staff = 0;
    QList<int> departments; // indexes into GeneratedOrg::departments (the agency itself first)
};

// What the organisation generator made, for the generators that build on it.
struct GeneratedOrg
{
    qint64 bureauId = 0;
    QString bureauName;
    QString bureauLevel;
    int bureauPlace = 0;
    qint64 vehicleCentreId = 0;      // the bureau's 公务用车服务中心, owner of platform vehicles
    QList<GeneratedPlace> places;
    QList<GeneratedAgency> agencies;
    QList<GeneratedDepartment> departments; // the bureau's tree first, then each agency's
    int departmentCount = 0;
    int staffCount = 0;
    int buildingCount = 0;
};

struct OrgGenerationOptions
{
    bool region = false;   // false: 银川市 (small scale), true: the whole autonomous region
    int agencies = 20;
    int staff = 600;
    int buildings = 30;
    QDate referenceDate;
};

// Generates realistic organisation data for a regional government seated in Yinchuan: the
// bureau (root, kind 'bureau') with its divisions, agencies across the region's levels, their
// divisions, staff with ranks of the agency's level in a pyramid, approved office areas and
// buildings. Inserts with prepared statements inside the caller's transaction; no audit rows.
class OrgGenerator
{
    Q_DECLARE_TR_FUNCTIONS(OrgGenerator)
public:
    OrgGenerator(Database &db, GeneratorRandom random, GeneratorProgress progress = {});

    GeneratedOrg generate(const OrgGenerationOptions &options);

private:
    Database &m_db;
    GeneratorRandom m_random;
    GeneratorProgress m_progress;
};

} // namespace ga
