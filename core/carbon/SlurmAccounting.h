#pragma once
// Slurm job accounting from `sacct -P` (pipe-separated, one header line; reference/ecosystem.md,
// carbon.md 9.4). Needed columns: JobID, Account, Start, End, AllocTRES; optional: Elapsed, State,
// User, JobName, ConsumedEnergy, NNodes. Job steps ("123.batch", "123.0", "123.extern") are skipped:
// the allocation line carries the job. Array jobs ("123_4") are kept as their own jobs.
// Elapsed accepts Slurm's [DD-[HH:]]MM:SS forms: "1-02:03:04", "02:03:04", "03:04", "1-02".
// GPUs come from AllocTRES "gres/gpu=N" or "gres/gpu:<type>=N".

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace gridtwin {

struct JobRecord;

struct SlurmJob {
    std::string job_id;
    std::string account;         // the project the job is attributed to
    std::string user;
    std::string name;
    std::string state;           // first word of State ("COMPLETED", "FAILED", "CANCELLED", ...)
    std::int64_t start_ms = 0;   // UTC
    std::int64_t end_ms = 0;     // UTC; for RUNNING jobs (End "Unknown") start + elapsed
    int gpus = 0;
    double consumed_energy_kwh = -1; // sacct ConsumedEnergy when present, else < 0
    int line = 0;

    double gpuHours() const { return gpus * static_cast<double>(end_ms - start_ms) / 3.6e6; }
};

/// Slurm elapsed text to seconds; -1 for a malformed text.
std::int64_t parseSlurmElapsedS(std::string_view text);

/// Times are read as UTC ("2025-01-02T03:04:05"; sacct prints local time: run it with TZ=UTC, the
/// docs say so). Jobs that never started (Start "Unknown"/"None") are skipped. Throws InputError
/// naming file, line and column for bad times, End before Start, a bad Elapsed, a bad AllocTRES
/// gpu count, a missing column, or a line with the wrong number of fields.
std::vector<SlurmJob> readSacct(const std::string& path);

/// Writes jobs of the load model's job layer as `sacct -P` lines (header JobID|Account|User|
/// JobName|State|Start|End|Elapsed|AllocTRES|ConsumedEnergy) clipped to [from_ms, to_ms), so
/// per-project attribution has real inputs for the simulated site.
void writeSacct(const std::vector<JobRecord>& jobs, std::int64_t from_ms, std::int64_t to_ms,
                int gpus_per_node, const std::string& path);

} // namespace gridtwin
