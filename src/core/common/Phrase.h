#pragma once

#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>
#include <vector>

namespace strata {

// A sentence for people kept as its English source and its arguments, so
// that each face says it in its own language when it shows it: the journal
// and JSON keep the English, the window translates it (context
// "strata::Phrase"), strata-cli installs no translation and stays English.
// Mark each source where it is written, so lupdate finds it:
//
//     Phrase(QT_TRANSLATE_NOOP("strata::Phrase", "nothing was applied: the database is at %1"), { at })
//     Phrase(QT_TRANSLATE_N_NOOP("strata::Phrase", "applied %n step(s); the database is at %1"), { at }, steps)
//
// An argument is a phrase of its own or text shown as it is in every
// language (a revision id, a path, the database's own message).
class Phrase
{
public:
    Phrase() = default;
    // A translatable source: %1… are the arguments, %n the count.
    explicit Phrase(const char *source, std::initializer_list<Phrase> args = {}, int n = -1);
    // Text shown as it is, in every language.
    Phrase(const QString &verbatim); // NOLINT(google-explicit-constructor): arguments read as text

    bool isEmpty() const { return m_parts.empty(); }
    QString english() const;
    QString text() const; // in the program's language; English without a translator
    // The same parts and arguments.
    bool operator==(const Phrase &other) const;
    bool operator!=(const Phrase &other) const { return !(*this == other); }

    // Sentences said one after the other.
    Phrase &operator+=(const Phrase &more);
    Phrase operator+(const Phrase &more) const;

    // The journal's form: an array of parts, each a string (verbatim) or
    // {"s": source, "a": [arguments], "n": count}. fromJson answers nothing
    // for anything else, and for nesting deeper than a sentence needs.
    QJsonValue toJson() const;
    static std::optional<Phrase> fromJson(const QJsonValue &value);

private:
    struct Part
    {
        QString source; // the English source, or the verbatim text
        bool verbatim = true;
        int n = -1;
        std::vector<Phrase> args;
        bool operator==(const Part &o) const
        {
            return source == o.source && verbatim == o.verbatim && n == o.n && args == o.args;
        }
    };
    QString render(bool translated) const;
    static std::optional<Phrase> fromJson(const QJsonValue &value, int depth);

    std::vector<Part> m_parts;
};

} // namespace strata
