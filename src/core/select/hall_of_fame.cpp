#include "select/hall_of_fame.h"

#include "select/model_scores.h"

#include "util/number_text.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace darts {
namespace {

std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char ch : text) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return quoted + "\"";
}

std::string numberCell(double value) { return std::isfinite(value) ? formatRoundTrip(value) : ""; }

}  // namespace

double HallOfFameEntry::error() const { return std::isfinite(validationMse) ? validationMse : trainingMse; }

HallOfFame::HallOfFame(std::vector<HallOfFameEntry> entries) {
    for (HallOfFameEntry& entry : entries) add(std::move(entry));
}

void HallOfFame::add(HallOfFameEntry entry) {
    if (!std::isfinite(entry.error())) return;
    for (HallOfFameEntry& kept : m_entries) {
        if (kept.architecture != entry.architecture) continue;
        if (entry.error() < kept.error()) kept = std::move(entry);
        return;
    }
    m_entries.push_back(std::move(entry));
}

void HallOfFame::merge(const HallOfFame& other) {
    for (const HallOfFameEntry& entry : other.m_entries) add(entry);
}

std::vector<int> HallOfFame::front() const {
    std::map<int, int> bestAt;  // complexity -> entry
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const auto [at, inserted] = bestAt.emplace(m_entries[i].complexity(), static_cast<int>(i));
        if (!inserted && m_entries[i].error() < m_entries[static_cast<std::size_t>(at->second)].error())
            at->second = static_cast<int>(i);
    }
    // Gains that are only rounding do not make a new step of the front: a refit that takes the last bits off
    // the constant's error, or two exact fits. Below a trillionth (kRoundingShare) of the simplest model's
    // error, errors count as equal, and so do errors within a billionth of each other.
    std::vector<int> front;
    if (bestAt.empty()) return front;
    const double floor = kRoundingShare * m_entries[static_cast<std::size_t>(bestAt.begin()->second)].error();
    double bestSoFar = std::numeric_limits<double>::infinity();
    for (const auto& [complexity, index] : bestAt) {
        const double error = m_entries[static_cast<std::size_t>(index)].error();
        if (front.empty() || error < bestSoFar * (1.0 - 1e-9) - floor) {
            front.push_back(index);
            bestSoFar = error;
        }
    }
    return front;
}

std::string HallOfFame::csv() const {
    const std::vector<int> onFront = front();
    std::string text = "complexity,coefficients,operations,training_mse,validation_mse,on_front,seed,origin,equation\n";
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const HallOfFameEntry& e = m_entries[i];
        const bool front = std::find(onFront.begin(), onFront.end(), static_cast<int>(i)) != onFront.end();
        text += std::to_string(e.complexity()) + "," + std::to_string(e.parameterCount) + "," +
                std::to_string(e.operationCount) + "," + numberCell(e.trainingMse) + "," + numberCell(e.validationMse) +
                "," + (front ? "yes" : "no") + "," + std::to_string(e.seed) + "," + csvCell(e.origin) + "," +
                csvCell(e.equation) + "\n";
    }
    return text;
}

}  // namespace darts
