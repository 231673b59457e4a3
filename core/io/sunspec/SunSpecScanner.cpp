#include "io/sunspec/SunSpecScanner.h"

#include "model/InputError.h"

namespace gridtwin {

namespace {

void readCommon(SunSpecScannedDevice& dev, const SunSpecScannedModel& m) {
    if (m.info.id != 1 || !m.known) return;
    const auto text = [&](const char* name) {
        const SunSpecPointValue* p = m.values.point(name);
        return p && p->implemented ? p->text : std::string();
    };
    dev.manufacturer = text("Mn");
    dev.model = text("Md");
    dev.serial = text("SN");
    dev.version = text("Vr");
}

} // namespace

SunSpecScanResult scanSunSpec(const SunSpecScanOptions& options, const SunSpecModelCatalog& catalog) {
    if (options.unit_first < 1 || options.unit_last > 247 || options.unit_first > options.unit_last)
        throw InputError("", "--units", "a unit id range within 1-247",
                         std::to_string(options.unit_first) + "-" + std::to_string(options.unit_last));
    SunSpecScanResult result;
    SunSpecClient client(options.host, options.port, options.timeout_ms);
    client.setWordOrder(options.word_order);
    result.connection = client.connect();
    if (!result.connection.ok()) return result;
    for (int unit = options.unit_first; unit <= options.unit_last; ++unit) {
        if (options.progress && !options.progress(unit)) {
            result.cancelled = true;
            break;
        }
        if (!client.connected()) {
            // A timeout closed the link (a late answer would be misread); reconnect for the next unit.
            if (ModbusResult c = client.connect(); !c.ok()) {
                result.connection = c;
                return result;
            }
        }
        client.setUnit(unit);
        SunSpecDiscovery d = client.discover(catalog);
        if (!d.result.ok()) {
            if (d.absent) continue;
            if (!d.marker_found && d.result.status == ModbusStatus::Timeout) result.silent_units.push_back(unit);
            else result.unit_errors.emplace_back(unit, d.result);
            continue;
        }
        SunSpecScannedDevice dev;
        dev.unit_id = unit;
        dev.base_address = d.base_address;
        for (const SunSpecModelInfo& info : d.models) {
            SunSpecScannedModel m;
            m.info = info;
            const SunSpecModelDef* def = catalog.find(info.id);
            m.known = def != nullptr;
            // The common model is read even for discovery only: it names the device.
            if (def && (options.read_values || info.id == 1)) {
                std::vector<std::uint16_t> regs;
                m.read = client.readModel(info, regs);
                if (m.read.ok()) m.values = decodeSunSpecModel(*def, regs, options.word_order);
                else result.unit_errors.emplace_back(unit, m.read);
            }
            readCommon(dev, m);
            dev.models.push_back(std::move(m));
        }
        result.devices.push_back(std::move(dev));
    }
    return result;
}

SunSpecScanResult scanSunSpec(const std::string& host, int port, int unit_first, int unit_last, int timeout_ms) {
    SunSpecScanOptions o;
    o.host = host;
    o.port = port;
    o.unit_first = unit_first;
    o.unit_last = unit_last;
    o.timeout_ms = timeout_ms;
    return scanSunSpec(o, SunSpecModelCatalog::loadBundled());
}

} // namespace gridtwin
