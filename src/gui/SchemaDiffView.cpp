#include "SchemaDiffView.h"

#include "CodeView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace strata {

SchemaDiffView::SchemaDiffView(const QString &diff, QWidget *parent) : QWidget(parent), m_view(new CodeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *explain = new QLabel(tr("Both schemas written out as SQL from their catalogs (for reading, not for "
                                  "running): lines marked - are expected, + found in the database."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    m_view->setObjectName(QStringLiteral("schemaReportDiff"));
    m_view->setCode(diff.endsWith(QLatin1Char('\n')) ? diff.chopped(1) : diff, CodeLanguage::Diff);
    layout->addWidget(m_view, 1);
}

} // namespace strata
