#pragma once

#include <QWidget>

namespace strata {

class CodeView;

// A schema comparison as a unified diff of the two schemas written out as SQL
// (SchemaMatch::diff): a line saying how to read it, then the highlighted
// diff. The schema report's Diff tab and the stamp confirmation's Schema Diff…
// show it.
class SchemaDiffView : public QWidget
{
    Q_OBJECT
public:
    SchemaDiffView(const QString &diff, QWidget *parent = nullptr);
    CodeView *view() const { return m_view; }

private:
    CodeView *m_view;
};

} // namespace strata
