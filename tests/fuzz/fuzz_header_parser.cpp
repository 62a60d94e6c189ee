// libFuzzer entry point for the static revision header parser, the Python
// lexer, and the SQL lexer and statement splitter (the reviewed-SQL runner). Build with the "fuzz" CMake preset (clang) and run `make fuzz`.
#include "revision/HeaderParser.h"
#include "run/SqlScript.h"
#include "text/PythonLexer.h"
#include "text/SqlLexer.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const strata::RevisionScript s
            = strata::HeaderParser::parse(bytes, QStringLiteral("/fuzz/input.py"), QStringLiteral("input.py"));
    // Invariants: a revision always has a known string id; findings name the file.
    if (s.isRevision && s.revision.kind != strata::HeaderValue::Kind::String)
        __builtin_trap();
    for (const auto &f : s.findings)
        if (f.file.isEmpty())
            __builtin_trap();
    const QString text = QString::fromUtf8(bytes);
    const strata::Tokens tokens = strata::PythonLexer::tokenize(text);
    for (const strata::Token &t : tokens)
        if (t.start < 0 || t.length < 0 || t.start + t.length > text.size())
            __builtin_trap();
    // SQL: tokens cover the text exactly, in order; statements lie inside it.
    const strata::Tokens sql = strata::SqlLexer::tokenize(text);
    int at = 0;
    for (const strata::Token &t : sql) {
        if (t.start != at || t.length <= 0)
            __builtin_trap();
        at += t.length;
    }
    if (at != text.size())
        __builtin_trap();
    const auto script = strata::SqlScript::parse(text, QStringLiteral("input.sql"));
    if (script) {
        for (const strata::SqlStatement &st : script->statements)
            if (st.text.isEmpty() || !text.contains(st.text) || st.line < 1)
                __builtin_trap();
        script->touchedTables();
    } else if (script.error().line < 1) {
        __builtin_trap();
    }
    return 0;
}
