#pragma once

#include <QList>
#include <QString>

#include <cstdint>

namespace opora::demo {

// A small deterministic generator (splitmix64): the same seed gives the same numbers with
// every compiler and standard library, unlike std's distributions.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
        : m_state(seed)
    {}
    // A stream of its own for a named step, so adding a step does not shift the others.
    DemoRandom(std::uint64_t seed, const char *stream)
        : m_state(seed)
    {
        for (const char *c = stream; *c; ++c)
            m_state = (m_state ^ static_cast<unsigned char>(*c)) * 0x100000001b3ULL;
    }

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // A whole number in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    // true with the given probability in percent.
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, static_cast<int>(list.size()) - 1));
    }

private:
    std::uint64_t m_state;
};

} // namespace opora::demo
