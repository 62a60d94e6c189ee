#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace strata {

class CliContext;

// One strata-cli verb, with its own options (the KeePassXC shape): the
// options it takes, how to parse them, and what it does. The global options
// (--project, --name, --json, --python, --help) are understood by every verb,
// before or after it.
class Command
{
public:
    struct Option
    {
        QStringList names;   // "-o", "--output"
        QString valueName;   // empty: a flag
        QString help;
        bool repeatable = false;
    };

    Command(QString name, QString arguments, QString summary);
    virtual ~Command() = default;

    QString name() const { return m_name; }
    QString summary() const { return m_summary; }
    // "sql [--profile P | --from REV] [--downgrade] [-o FILE] TARGET"
    QString synopsis() const;
    QString help() const;

    // Parses everything after the program name except the verb itself.
    // False (and *error) on an unknown option or a missing value.
    bool parse(const QStringList &args, CliContext &ctx, QString *error);
    // Whether this verb's option `name` takes a value (to find the verb in a
    // command line whose options come first).
    bool optionTakesValue(const QString &name) const;
    // Whether this verb has the option `name` at all.
    bool accepts(const QString &name) const { return find(name) != nullptr; }
    virtual int execute(CliContext &ctx) = 0;

protected:
    void addOption(Option option) { m_options << std::move(option); }
    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }
    // Options this verb parses itself, as raw arguments (profiles).
    virtual bool takesRawArguments() const { return false; }
    QStringList m_raw;

private:
    const Option *find(const QString &name) const;

    QString m_name;
    QString m_arguments;
    QString m_summary;
    QList<Option> m_options;
    QHash<QString, QStringList> m_values; // by the option's last (long) name
    QStringList m_positional;
};

} // namespace strata
