#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

// One table per enum that maps each value to the name used in documents and on
// the command line, so parsing and printing can never disagree.
template<typename Enum, std::size_t Count>
class EnumNameTable
{
public:
    using Entry = std::pair<Enum, QLatin1StringView>;

    constexpr explicit EnumNameTable(std::array<Entry, Count> entries)
        : m_entries(entries)
    { }

    QString name(Enum value) const
    {
        for (const Entry& entry : m_entries) {
            if (entry.first == value)
                return QString(entry.second);
        }
        return {};
    }

    std::optional<Enum> fromName(QStringView name) const
    {
        for (const Entry& entry : m_entries) {
            if (name == entry.second)
                return entry.first;
        }
        return std::nullopt;
    }

    QStringList names() const
    {
        QStringList result;
        for (const Entry& entry : m_entries)
            result.append(QString(entry.second));
        return result;
    }

    constexpr const std::array<Entry, Count>& entries() const { return m_entries; }

private:
    std::array<Entry, Count> m_entries;
};
