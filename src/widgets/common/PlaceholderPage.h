#pragma once

#include "widgets/common/Page.h"

namespace ga {

// A page whose module is not built yet: it says plainly what it will hold, and shows no data.
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &title, const QString &willHold, QWidget *parent = nullptr);
};

} // namespace ga
