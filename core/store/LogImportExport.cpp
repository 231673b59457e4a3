#include "store/LogImportExport.h"

#include "io/TimeSeriesCsvWriter.h"
#include "store/Historian.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <stdexcept>

namespace gridtwin {

namespace {
constexpr std::size_t kBatchRows = 4096;

ImportReport importPass(const std::string& csv_path, Historian& h, const std::string& site_name, bool lenient) {
    CsvReadOptions opt;
    opt.lenient = lenient;
    TimeSeriesCsvReader reader(csv_path, opt);
    ImportReport rep;
    rep.site_id = h.siteId(site_name);
    rep.extra_columns = reader.extraColumns();
    rep.missing_columns = reader.missingColumns();
    const std::string source = "log:" + csv_path;
    std::vector<int> extra_ids;
    for (const std::string& name : reader.extraColumns())
        extra_ids.push_back(h.channelId(rep.site_id, name, unitForColumn(name), source));
    const std::uint64_t dup_before = h.duplicatesIgnored();
    const int standard_fields = std::popcount(static_cast<unsigned>(reader.presentFields()));

    std::vector<StepRecord> steps;
    std::vector<std::vector<HistorianSample>> extras(extra_ids.size());
    auto writeBatch = [&] {
        h.appendSteps(rep.site_id, steps, reader.presentFields(), source);
        rep.samples_written += steps.size() * static_cast<std::size_t>(standard_fields);
        steps.clear();
        for (std::size_t k = 0; k < extras.size(); ++k) {
            h.appendSamples(extra_ids[k], extras[k]);
            rep.samples_written += extras[k].size();
            extras[k].clear();
        }
    };
    TimeSeriesRow row;
    while (reader.next(row)) {
        steps.push_back(row.step);
        for (std::size_t k = 0; k < extras.size(); ++k)
            if (!std::isnan(row.extras[k])) extras[k].push_back({row.step.time_ms, row.extras[k], row.step.quality});
        ++rep.rows_imported;
        if (steps.size() >= kBatchRows) writeBatch();
    }
    writeBatch();
    h.flush();
    rep.duplicates_ignored = static_cast<std::size_t>(h.duplicatesIgnored() - dup_before);
    rep.samples_written -= rep.duplicates_ignored;
    rep.rows_skipped = reader.rowsSkipped();
    rep.issues = reader.issues();
    return rep;
}

// Shortest text that parses back to the same double (extras have no fixed precision).
void appendShortest(std::string& out, double v) {
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, res.ptr);
}
} // namespace

ImportReport importLogCsv(const std::string& csv_path, Historian& historian, const std::string& site_name,
                          bool import_valid_rows_only) {
    if (!import_valid_rows_only) {
        // Validation pass: throws the first InputError before anything is stored.
        TimeSeriesCsvReader check(csv_path, CsvReadOptions{});
        TimeSeriesRow row;
        while (check.next(row)) {
        }
    }
    return importPass(csv_path, historian, site_name, import_valid_rows_only);
}

void exportLogCsv(Historian& historian, int site_id, std::int64_t from_ms, std::int64_t to_ms,
                  const std::string& out_path) {
    struct Column {
        int field = -1; // standard field index, -1 = extra
        std::string name;
        std::vector<HistorianSample> data;
        std::size_t pos = 0;
    };
    std::vector<Column> standard, extra;
    for (const ChannelInfo& c : historian.channels(site_id)) {
        int field = -1;
        for (int i = 0; i < kStepFieldCount; ++i)
            if (c.name == stepFieldName(i)) field = i;
        Column col{field, c.name, historian.samples(c.id, from_ms, to_ms), 0};
        (field >= 0 ? standard : extra).push_back(std::move(col));
    }
    std::sort(extra.begin(), extra.end(), [](const Column& a, const Column& b) { return a.name < b.name; });

    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    if (!out) throw std::runtime_error(out_path + ": cannot open for writing");
    // Standard part formatted by TimeSeriesCsvWriter (same precision as simulation output);
    // the extra channels follow on each line, which the writer itself does not know about.
    std::string text = TimeSeriesCsvWriter::header();
    for (const Column& c : extra) text += ',' + c.name;
    text += '\n';
    std::vector<Column*> all;
    for (Column& c : standard) all.push_back(&c);
    for (Column& c : extra) all.push_back(&c);
    for (;;) {
        // Next time = the earliest unread sample over all channels (k-way merge).
        std::int64_t t = std::numeric_limits<std::int64_t>::max();
        for (const Column* c : all)
            if (c->pos < c->data.size()) t = std::min(t, c->data[c->pos].time_ms);
        if (t == std::numeric_limits<std::int64_t>::max()) break;
        StepRecord r;
        r.time_ms = t;
        for (Column& c : standard)
            if (c.pos < c.data.size() && c.data[c.pos].time_ms == t) setStepFieldValue(r, c.field, c.data[c.pos++].value);
        text += TimeSeriesCsvWriter::formatRow(r);
        for (Column& c : extra) {
            text += ',';
            if (c.pos < c.data.size() && c.data[c.pos].time_ms == t) appendShortest(text, c.data[c.pos++].value);
        }
        text += '\n';
        if (text.size() > (1u << 20)) {
            out.write(text.data(), static_cast<std::streamsize>(text.size()));
            text.clear();
        }
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) throw std::runtime_error(out_path + ": write failed");
}

} // namespace gridtwin
