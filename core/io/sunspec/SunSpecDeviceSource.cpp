#include "io/sunspec/SunSpecDeviceSource.h"

#include "model/InputError.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>

namespace gridtwin {

namespace {

std::int64_t steadyMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::int64_t utcMs() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch()).count();
}

int worse(Quality q) { return q == Quality::Bad ? 2 : (q == Quality::Stale ? 1 : 0); }

// The models a role reads, in order of preference, and the point that carries its power.
struct RoleModels {
    std::vector<int> power_models;
};

RoleModels roleModels(SunSpecRole r) {
    switch (r) {
    case SunSpecRole::Inverter: return {{103, 102, 101, 701}};
    case SunSpecRole::Storage: return {{802}};
    case SunSpecRole::Meter: return {{203, 204, 202, 201}};
    }
    return {};
}

// Watches a value that must keep moving (a heartbeat, an energy counter under load) and says
// how long it has stood still.
struct MotionWatch {
    std::optional<std::int64_t> value;
    std::int64_t changed_ms = 0;
    void see(std::optional<std::int64_t> v, std::int64_t now) {
        if (!v) {
            value.reset();
            return;
        }
        if (!value || *value != *v) changed_ms = now;
        value = v;
    }
    std::int64_t stillMs(std::int64_t now) const { return value ? now - changed_ms : 0; }
};

} // namespace

const char* sunSpecRoleName(SunSpecRole r) {
    switch (r) {
    case SunSpecRole::Inverter: return "inverter";
    case SunSpecRole::Storage: return "storage";
    case SunSpecRole::Meter: return "meter";
    }
    return "?";
}

const char* sunSpecLinkStateName(SunSpecLinkState s) {
    switch (s) {
    case SunSpecLinkState::Stopped: return "stopped";
    case SunSpecLinkState::Connecting: return "connecting";
    case SunSpecLinkState::Connected: return "connected";
    case SunSpecLinkState::Backoff: return "waiting to reconnect";
    }
    return "?";
}

SunSpecSourceConfig SunSpecSourceConfig::sitePreset(const std::string& host, int port, int inverter_unit,
                                                    int storage_unit, int meter_unit) {
    SunSpecSourceConfig c;
    c.host = host;
    c.port = port;
    const std::pair<SunSpecRole, int> roles[] = {
        {SunSpecRole::Inverter, inverter_unit}, {SunSpecRole::Storage, storage_unit}, {SunSpecRole::Meter, meter_unit}};
    for (auto [role, unit] : roles) {
        if (unit == 0) continue;
        SunSpecDeviceConfig d;
        d.role = role;
        d.unit_id = unit;
        c.devices.push_back(d);
    }
    return c;
}

struct SunSpecDeviceSource::Device {
    SunSpecDeviceConfig cfg;       // resolved: host, port, interval and timeout filled in
    mutable std::mutex mutex;      // guards everything below
    std::condition_variable_any wake;
    SunSpecDeviceStatus status;
    bool last_poll_ok = false;
    std::int64_t last_good_steady_ms = 0;
    bool frozen = false;           // heartbeat or energy counter stopped moving
    std::optional<std::optional<double>> pending_setpoint;
};

SunSpecDeviceSource::SunSpecDeviceSource(SunSpecSourceConfig config)
    : SunSpecDeviceSource(std::move(config), SunSpecModelCatalog::loadBundled()) {}

SunSpecDeviceSource::SunSpecDeviceSource(SunSpecSourceConfig config, SunSpecModelCatalog catalog)
    : config_(std::move(config)), catalog_(std::move(catalog)), queue_(1u << 16) {
    if (config_.devices.empty()) throw InputError("", "devices", "at least one device (inverter, storage or meter)", "");
    const auto positive = [](int v, const char* what) {
        if (v <= 0) throw InputError("", what, "a positive number of milliseconds", std::to_string(v));
    };
    positive(config_.poll_interval_ms, "poll_interval_ms");
    positive(config_.timeout_ms, "timeout_ms");
    positive(config_.sample_interval_ms, "sample_interval_ms");
    positive(config_.backoff_initial_ms, "backoff_initial_ms");
    if (config_.backoff_max_ms < config_.backoff_initial_ms)
        throw InputError("", "backoff_max_ms", "at least backoff_initial_ms", std::to_string(config_.backoff_max_ms));
    if (config_.stale_after_intervals < 1)
        throw InputError("", "stale_after_intervals", "1 or more", std::to_string(config_.stale_after_intervals));
    writes_allowed_ = config_.allow_setpoint_writes;
    bool seen[3] = {false, false, false};
    for (SunSpecDeviceConfig d : config_.devices) {
        const auto role = static_cast<std::size_t>(d.role);
        if (seen[role]) throw InputError("", "devices", "one device per role", std::string("two ") + sunSpecRoleName(d.role) + "s");
        seen[role] = true;
        if (d.unit_id < 1 || d.unit_id > 247)
            throw InputError("", std::string(sunSpecRoleName(d.role)) + " unit id", "1..247", std::to_string(d.unit_id));
        if (d.host.empty()) d.host = config_.host;
        if (d.port == 0) d.port = config_.port;
        if (d.poll_interval_ms <= 0) d.poll_interval_ms = config_.poll_interval_ms;
        if (d.timeout_ms <= 0) d.timeout_ms = config_.timeout_ms;
        auto dev = std::make_unique<Device>();
        dev->cfg = d;
        dev->status.role = d.role;
        dev->status.host = d.host;
        dev->status.port = d.port;
        dev->status.unit_id = d.unit_id;
        devices_.push_back(std::move(dev));
    }
}

SunSpecDeviceSource::~SunSpecDeviceSource() { stop(); }

std::string SunSpecDeviceSource::name() const {
    return "SunSpec devices at " + config_.host + ":" + std::to_string(config_.port);
}

void SunSpecDeviceSource::start() {
    if (!threads_.empty()) return;
    for (auto& d : devices_) {
        std::lock_guard lock(d->mutex);
        d->status.link = SunSpecLinkState::Connecting;
    }
    setState(SourceState::Running);
    for (auto& d : devices_) {
        Device* dev = d.get();
        threads_.emplace_back([this, dev](std::stop_token st) { pollLoop(*dev, st); });
    }
    threads_.emplace_back([this](std::stop_token st) { sampleLoop(st); });
}

void SunSpecDeviceSource::stop() {
    if (threads_.empty()) return;
    for (auto& t : threads_) t.request_stop();
    threads_.clear(); // joins; a poll in progress ends within its timeout
    for (auto& d : devices_) {
        std::lock_guard lock(d->mutex);
        d->status.link = SunSpecLinkState::Stopped;
        d->status.connected = false;
    }
    setState(SourceState::Stopped);
}

std::size_t SunSpecDeviceSource::drain(std::vector<StepRecord>& out) { return queue_.drain(out); }

SourceState SunSpecDeviceSource::state() const {
    std::lock_guard lock(state_mutex_);
    return state_;
}

std::string SunSpecDeviceSource::stateText() const {
    std::string s;
    {
        std::lock_guard lock(state_mutex_);
        s = sourceStateName(state_);
        if (!state_detail_.empty()) s += ": " + state_detail_;
    }
    if (state() != SourceState::Running) return s;
    int connected = 0;
    for (const SunSpecDeviceStatus& st : deviceStatus()) connected += st.connected ? 1 : 0;
    return s + " (" + std::to_string(connected) + " of " + std::to_string(devices_.size()) + " devices connected)";
}

void SunSpecDeviceSource::setState(SourceState s, std::string detail) {
    {
        std::lock_guard lock(state_mutex_);
        if (state_ == s && state_detail_ == detail) return;
        state_ = s;
        state_detail_ = std::move(detail);
    }
    stateChanged(s);
}

std::vector<SunSpecDeviceStatus> SunSpecDeviceSource::deviceStatus() const {
    std::vector<SunSpecDeviceStatus> out;
    const std::int64_t now = steadyMs();
    for (const auto& d : devices_) {
        std::lock_guard lock(d->mutex);
        SunSpecDeviceStatus s = d->status;
        const std::int64_t stale_ms = static_cast<std::int64_t>(config_.stale_after_intervals) * d->cfg.poll_interval_ms;
        if (!d->last_poll_ok) s.quality = Quality::Bad;
        else if (now - d->last_good_steady_ms > stale_ms || d->frozen) s.quality = Quality::Stale;
        else s.quality = Quality::Good;
        out.push_back(std::move(s));
    }
    return out;
}

void SunSpecDeviceSource::setSetpointWritingAllowed(bool allowed) { writes_allowed_ = allowed; }
bool SunSpecDeviceSource::setpointWritingAllowed() const { return writes_allowed_; }

bool SunSpecDeviceSource::requestBessSetpointKw(std::optional<double> kw) {
    if (!writes_allowed_ || (kw && !std::isfinite(*kw))) return false;
    for (auto& d : devices_) {
        if (d->cfg.role != SunSpecRole::Storage) continue;
        {
            std::lock_guard lock(d->mutex);
            d->pending_setpoint = kw;
        }
        d->wake.notify_all();
        return true;
    }
    return false;
}

void SunSpecDeviceSource::pollLoop(Device& d, std::stop_token stop) {
    SunSpecClient client(d.cfg.host, d.cfg.port, d.cfg.timeout_ms);
    client.setUnit(d.cfg.unit_id);
    client.setWordOrder(config_.word_order);
    std::vector<SunSpecModelInfo> models;
    int backoff_ms = 0;
    MotionWatch heartbeat, counter;
    std::vector<std::uint16_t> regs;

    const auto fail = [&](const ModbusResult& r) {
        std::lock_guard lock(d.mutex);
        d.last_poll_ok = false;
        ++d.status.error_count;
        d.status.last_error = std::string(modbusStatusName(r.status)) + ": " + r.message;
        d.status.connected = client.connected();
    };
    // Waits ms or until stopped or woken for a setpoint.
    const auto sleep = [&](std::int64_t ms) {
        std::unique_lock lock(d.mutex);
        d.wake.wait_for(lock, stop, std::chrono::milliseconds(std::max<std::int64_t>(ms, 0)),
                        [&] { return d.pending_setpoint.has_value(); });
    };
    const auto findModel = [&](int id) -> const SunSpecModelInfo* {
        for (const SunSpecModelInfo& m : models)
            if (m.id == id) return &m;
        return nullptr;
    };

    // Writes the setpoint queued for this (storage) device, if any.
    const auto writePendingSetpoint = [&] {
        std::optional<std::optional<double>> setpoint;
        {
            std::lock_guard lock(d.mutex);
            setpoint.swap(d.pending_setpoint);
        }
        if (setpoint && d.cfg.role == SunSpecRole::Storage) {
            const SunSpecModelInfo* m124 = findModel(124);
            const SunSpecModelDef* def = catalog_.find(124);
            ModbusResult w{ModbusStatus::InvalidArgument, 0, "the storage device has no model 124 for setpoints"};
            if (m124 && def && writes_allowed_) {
                // Rates first, then the mode bits that activate them (124 StorCtl_Mod: bit 0 charge, bit 1 discharge).
                std::vector<std::uint16_t> cur;
                w = client.readModel(*m124, cur);
                const SunSpecModelValues v = w.ok() ? decodeSunSpecModel(*def, cur, config_.word_order) : SunSpecModelValues{};
                const std::optional<double> w_max = v.value("WChaMax");
                if (w.ok() && !w_max && *setpoint)
                    w = {ModbusStatus::ProtocolError, 0, "WChaMax is not implemented: cannot express the setpoint in %"};
                if (w.ok() && *setpoint) {
                    const double pct = std::abs(**setpoint) * 1000.0 / *w_max * 100.0;
                    w = client.writePoint(*m124, *def, **setpoint >= 0 ? "OutWRte" : "InWRte", std::min(pct, 100.0));
                }
                if (w.ok())
                    w = client.writePoint(*m124, *def, "StorCtl_Mod", !*setpoint ? 0.0 : (**setpoint >= 0 ? 2.0 : 1.0));
            }
            if (!w.ok()) fail(w);
        }
    };

    while (!stop.stop_requested()) {
        if (!client.connected()) {
            {
                std::lock_guard lock(d.mutex);
                d.status.link = SunSpecLinkState::Connecting;
            }
            ModbusResult r = client.connect();
            SunSpecDiscovery disc;
            if (r.ok()) {
                disc = client.discover(catalog_);
                r = disc.result;
                if (r.ok()) {
                    bool has_power = false;
                    for (int id : roleModels(d.cfg.role).power_models)
                        for (const SunSpecModelInfo& m : disc.models) has_power = has_power || m.id == id;
                    if (!has_power)
                        r = {ModbusStatus::ProtocolError, 0,
                             std::string("no ") + sunSpecRoleName(d.cfg.role) + " model (power point) on unit " +
                                 std::to_string(d.cfg.unit_id)};
                }
            }
            if (!r.ok()) {
                client.close();
                backoff_ms = backoff_ms == 0 ? config_.backoff_initial_ms : std::min(backoff_ms * 2, config_.backoff_max_ms);
                fail(r);
                {
                    std::lock_guard lock(d.mutex);
                    d.status.link = SunSpecLinkState::Backoff;
                    d.status.backoff_ms = backoff_ms;
                }
                sleep(backoff_ms);
                continue;
            }
            models = disc.models;
            std::lock_guard lock(d.mutex);
            d.status.link = SunSpecLinkState::Connected;
            d.status.connected = true;
            d.status.models = models;
            d.status.backoff_ms = 0;
        }

        const std::int64_t poll_start = steadyMs();
        writePendingSetpoint();

        // One poll: every model that carries this role's values.
        bool ok = true;
        ModbusResult err;
        double power_kw = 0;
        std::optional<double> soc;
        bool have_power = false;
        std::optional<std::int64_t> hb, count;
        double counter_rate_per_ms = 0;
        for (int id : roleModels(d.cfg.role).power_models) {
            const SunSpecModelInfo* m = findModel(id);
            const SunSpecModelDef* def = catalog_.find(id);
            if (!m || !def || have_power) continue;
            err = client.readModel(*m, regs);
            if (!err.ok()) {
                ok = false;
                break;
            }
            const SunSpecModelValues v = decodeSunSpecModel(*def, regs, config_.word_order);
            const std::optional<double> w = v.value("W");
            if (!w) {
                ok = false;
                err = {ModbusStatus::ProtocolError, 0, "model " + std::to_string(id) + " W is not implemented"};
                break;
            }
            power_kw = *w / 1000.0;
            have_power = true;
            // Energy counter under load must move; its resolution is 10^scale Wh.
            const char* counter_name = d.cfg.role == SunSpecRole::Inverter ? (id == 701 ? "TotWhInj" : "WH")
                                                                             : (power_kw >= 0 ? "TotWhImp" : "TotWhExp");
            if (const SunSpecPointValue* c = v.point(counter_name); c && c->implemented && d.cfg.role != SunSpecRole::Storage) {
                count = c->raw;
                counter_rate_per_ms = std::abs(*w) / 3.6e6 / std::pow(10.0, c->scale);
            }
            if (d.cfg.role == SunSpecRole::Storage) {
                soc = v.value("SoC");
                if (const SunSpecPointValue* h = v.point("Hb"); h && h->implemented) hb = h->raw;
            }
        }
        if (ok && d.cfg.role == SunSpecRole::Storage && !soc) {
            if (const SunSpecModelInfo* m = findModel(124)) {
                err = client.readModel(*m, regs);
                ok = err.ok();
                if (ok) soc = decodeSunSpecModel(*catalog_.find(124), regs, config_.word_order).value("ChaState");
            }
        }
        const std::int64_t now = steadyMs();
        if (!ok) {
            fail(err);
            if (!client.connected()) continue; // timeout / reset: reconnect with backoff
        } else {
            heartbeat.see(hb, now);
            counter.see(count, now);
            // Heartbeats count seconds (802 Hb); a counter should gain 3 counts at the present power.
            const std::int64_t patience = std::max<std::int64_t>(2500, 2 * d.cfg.poll_interval_ms);
            const bool hb_frozen = heartbeat.stillMs(now) > patience;
            const bool counter_frozen = counter_rate_per_ms > 0 &&
                                        static_cast<double>(counter.stillMs(now)) * counter_rate_per_ms > 3.0 &&
                                        counter.stillMs(now) > patience;
            std::lock_guard lock(d.mutex);
            d.last_poll_ok = true;
            d.last_good_steady_ms = now;
            d.frozen = hb_frozen || counter_frozen;
            d.status.last_good_poll_ms = utcMs();
            ++d.status.good_polls;
            d.status.power_kw = power_kw;
            d.status.soc_pct = soc;
            d.status.connected = true;
            d.status.link = SunSpecLinkState::Connected;
        }
        sleep(d.cfg.poll_interval_ms - (steadyMs() - poll_start));
    }
    // A setpoint queued just before stop() (the release of a stopping control loop) still goes out.
    if (client.connected()) writePendingSetpoint();
    client.close();
}

void SunSpecDeviceSource::sampleLoop(std::stop_token stop) {
    std::mutex m;
    std::condition_variable_any cv;
    std::int64_t next = steadyMs() + config_.sample_interval_ms;
    while (!stop.stop_requested()) {
        {
            std::unique_lock lock(m);
            cv.wait_for(lock, stop, std::chrono::milliseconds(std::max<std::int64_t>(0, next - steadyMs())), [] { return false; });
        }
        if (stop.stop_requested()) break;
        next += config_.sample_interval_ms;
        if (next < steadyMs()) next = steadyMs() + config_.sample_interval_ms; // fell behind: no burst
        StepRecord r;
        r.time_ms = utcMs();
        r.reason = Reason::Setpoint;
        int worst = 0;
        for (const SunSpecDeviceStatus& s : deviceStatus()) {
            worst = std::max(worst, worse(s.quality));
            switch (s.role) {
            case SunSpecRole::Inverter: r.pv_kw = std::max(0.0, s.power_kw); break;
            case SunSpecRole::Storage:
                r.bess_kw = s.power_kw;
                r.soc_pct = s.soc_pct.value_or(0.0);
                break;
            case SunSpecRole::Meter: r.grid_kw = s.power_kw; break;
            }
        }
        // The balance load + aux = pv + grid + bess with aux unmeasured (0).
        r.load_kw = r.pv_kw + r.grid_kw + r.bess_kw;
        r.quality = worst == 2 ? Quality::Bad : (worst == 1 ? Quality::Stale : Quality::Good);
        if (queue_.push(std::span<const StepRecord>(&r, 1))) samplesAvailable();
    }
}

} // namespace gridtwin
