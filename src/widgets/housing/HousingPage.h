#pragma once

#include "widgets/common/Page.h"

#include <QStringList>

namespace ga {
class OrgService;
}

namespace ga::housing {

class HousingService;

// The Housing navigation page (周转住房), one tab per part, addressed by key: "flats",
// "complexes", "applications", "queue", "tenancies", "rentroll", "arrears", "alerts".
class HousingPage : public TabbedPage
{
    Q_OBJECT
public:
    HousingPage(HousingService &housing, OrgService &org, QWidget *parent = nullptr);
};

} // namespace ga::housing
