#pragma once

#include "common/Finding.h"

#include <QString>
#include <QStringList>

namespace strata {

// One header variable of a revision script, as read statically.
struct HeaderValue
{
    enum class Kind {
        Absent,     // the script does not assign it
        None,       // = None
        String,     // = "abc"
        Sequence,   // = ("a", "b") / ["a"] / () ...
        Unresolved, // = something only Python could evaluate
    };
    Kind kind = Kind::Absent;
    QStringList items; // String: one item; Sequence: the items
    QString source;    // the expression's source text, kept where a message quotes it
                       // (unresolved values, a revision that is not a string)
    int line = 0;

    bool isKnown() const { return kind == Kind::None || kind == Kind::String || kind == Kind::Sequence; }
    // Alembic's util.to_tuple(x, default=()): None/absent -> (), str -> (str,)
    QStringList asList() const { return isKnown() ? items : QStringList(); }
};

// What the static reader learned from one file in a versions directory.
struct RevisionScript
{
    QString path;     // absolute path
    QString fileName; // relative to its version location
    bool isRevision = false;

    HeaderValue revision;
    HeaderValue downRevision;
    HeaderValue branchLabels;
    HeaderValue dependsOn;

    QString longDoc;    // module docstring, stripped
    QString message;    // first paragraph of the docstring (Alembic's "doc")
    QString createDate; // from "Create Date:" in the docstring
    int docLine = 0;

    Findings findings; // problems found while reading this file

    QString id() const { return revision.items.value(0); }
};

} // namespace strata
