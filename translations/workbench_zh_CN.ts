<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ParameterEditCommand</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::CandidateSite</name>
    <message>
        <source>unknown parameter %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <source>expected %1, found &apos;%2&apos;</source>
        <translation>应为 %1，实际为“%2”</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::DataSourcesEditor</name>
    <message>
        <source>Expected: %1</source>
        <translation>应为：%1</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>默认值：%1</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Live source the console opens</source>
        <translation>控制台打开的实时数据源</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>仿真</translation>
    </message>
    <message>
        <source>Field devices of this site (the table below)</source>
        <translation>本站点的现场设备（见下表）</translation>
    </message>
    <message>
        <source>Modbus TCP gateway (devsim unit ids)</source>
        <translation>Modbus TCP 网关（devsim 单元 ID）</translation>
    </message>
    <message>
        <source>Replay of a recorded log</source>
        <translation>回放已记录的日志</translation>
    </message>
    <message>
        <source>Prometheus (GPU power)</source>
        <translation>Prometheus（GPU 功率）</translation>
    </message>
    <message>
        <source>dcgm-exporter (GPU power)</source>
        <translation>dcgm-exporter（GPU 功率）</translation>
    </message>
    <message>
        <source>Live source kind</source>
        <translation>实时数据源类型</translation>
    </message>
    <message>
        <source>Live source address</source>
        <translation>实时数据源地址</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Field devices (SunSpec over Modbus TCP, one per role)</source>
        <translation>现场设备（基于 Modbus TCP 的 SunSpec，每种角色一台）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>单元 ID</translation>
    </message>
    <message>
        <source>Poll interval (ms)</source>
        <translation>轮询间隔（毫秒）</translation>
    </message>
    <message>
        <source>Add device</source>
        <translation>添加设备</translation>
    </message>
    <message>
        <source>Remove device</source>
        <translation>移除设备</translation>
    </message>
    <message>
        <source>Scan host</source>
        <translation>扫描主机</translation>
    </message>
    <message>
        <source>Scan port</source>
        <translation>扫描端口</translation>
    </message>
    <message>
        <source>Probe the unit ids of the host for SunSpec devices and list one device per role</source>
        <translation>在该主机的各单元 ID 上探测 SunSpec 设备，并为每种角色列出一台设备</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>No field devices: add them, or scan a gateway.</source>
        <translation>没有现场设备：请添加设备或扫描网关。</translation>
    </message>
    <message>
        <source>Opens: %1</source>
        <translation>打开：%1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>unknown live source kind %1</source>
        <translation>未知的实时数据源类型 %1</translation>
    </message>
    <message>
        <source>no device in row %1</source>
        <translation>第 %1 行没有设备</translation>
    </message>
    <message>
        <source>expected one device per role (device %1 is already the %2), found &apos;%2&apos;</source>
        <translation>应为每种角色一台设备（设备 %1 已是 %2），实际为“%2”</translation>
    </message>
    <message>
        <source>Refused: every role (inverter, storage, meter) has a device; remove one first.</source>
        <translation>已拒绝：每种角色（inverter、storage、meter）都已有设备；请先移除一台。</translation>
    </message>
    <message>
        <source>add %1 device</source>
        <translation>添加 %1 设备</translation>
    </message>
    <message>
        <source>remove %1 device</source>
        <translation>移除 %1 设备</translation>
    </message>
    <message>
        <source>Refused: expected first unit id &lt;= last, found %1 &gt; %2</source>
        <translation>已拒绝：应为首个单元 ID &lt;= 末个，实际为 %1 &gt; %2</translation>
    </message>
    <message>
        <source>Scanning %1:%2, units %3-%4…</source>
        <translation>正在扫描 %1:%2，单元 %3-%4…</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>No SunSpec inverter, storage or meter answered at %1; the device list is unchanged.</source>
        <translation>%1 上没有 SunSpec 逆变器、储能或电表应答；设备列表未更改。</translation>
    </message>
    <message>
        <source>%1 (unit %2)</source>
        <translation>%1（单元 %2）</translation>
    </message>
    <message>
        <source>Found at %1: %2.</source>
        <translation>在 %1 找到：%2。</translation>
    </message>
    <message>
        <source>Not listed (no role or role taken): units %1.</source>
        <translation>未列出（无角色或角色已占用）：单元 %1。</translation>
    </message>
    <message>
        <source>devices found at %1</source>
        <translation>在 %1 找到的设备</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::DevicesPage</name>
    <message>
        <source>Scan</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Run point checks</source>
        <translation>运行测点检查</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>保存报告…</translation>
    </message>
    <message>
        <source>Host name or IP address of the Modbus TCP gateway or device</source>
        <translation>Modbus TCP 网关或设备的主机名或 IP 地址</translation>
    </message>
    <message>
        <source>First Modbus unit id to probe (1..247)</source>
        <translation>要探测的第一个 Modbus 单元号 (1..247)</translation>
    </message>
    <message>
        <source>Last Modbus unit id to probe (1..247)</source>
        <translation>要探测的最后一个 Modbus 单元号 (1..247)</translation>
    </message>
    <message>
        <source>How long to wait for each answer</source>
        <translation>每次应答的等待时间</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Unit ids</source>
        <translation>单元号</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Probe every unit id of the range for SunSpec devices (Ctrl+Return)</source>
        <translation>在该范围内逐个探测单元号以查找 SunSpec 设备 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Device / model / point</source>
        <translation>设备 / 模型 / 测点</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>测量值</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期望值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Enter the address of the site&apos;s Modbus TCP gateway (or gridtwin-devsim) and scan.</source>
        <translation>输入站点 Modbus TCP 网关（或 gridtwin-devsim）的地址并扫描。</translation>
    </message>
    <message>
        <source>Refused: expected first unit id &lt;= last, found %1 &gt; %2</source>
        <translation>已拒绝：应为 起始单元号 &lt;= 结束单元号，实际为 %1 &gt; %2</translation>
    </message>
    <message>
        <source>Scanning %1…</source>
        <translation>正在扫描 %1…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Unit %1: %2 %3 (serial %4)</source>
        <translation>单元 %1：%2 %3（序列号 %4）</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>未知模型</translation>
    </message>
    <message>
        <source>Model %1: %2</source>
        <translation>模型 %1：%2</translation>
    </message>
    <message>
        <source>No connection to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>%1 SunSpec devices found at %2%3.</source>
        <translation>在 %2 找到 %1 个 SunSpec 设备%3。</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation>单元 %1：%2</translation>
    </message>
    <message>
        <source>site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>unit %1, model %2</source>
        <translation>单元 %1，模型 %2</translation>
    </message>
    <message>
        <source>Point checks: %1 passed, %2 failed, %3 skipped: %4</source>
        <translation>测点检查：%1 项通过，%2 项失败，%3 项跳过：%4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Save point-check report</source>
        <translation>保存测点检查报告</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;文本 (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ExplanationPage</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Which rule or limit set the candidate&apos;s battery power, per interval (whole period; click to zoom into that day):</source>
        <translation>每个时段决定候选方案电池功率的规则或限制（整个周期；单击可放大到当天）：</translation>
    </message>
    <message>
        <source>Interval under the cursor</source>
        <translation>光标所在时段</translation>
    </message>
    <message>
        <source>Run a tuning comparison first; then move the mouse over the timeline.</source>
        <translation>请先运行一次调优对比，然后将鼠标移到时间轴上。</translation>
    </message>
    <message>
        <source>Day %1 (UTC), 00:00 to 24:00:</source>
        <translation>%1 日 (UTC)，00:00 至 24:00：</translation>
    </message>
    <message>
        <source>%1 (%2 % of the time)</source>
        <translation>%1（%2 % 的时间）</translation>
    </message>
    <message>
        <source>discharging %1</source>
        <translation>放电 %1</translation>
    </message>
    <message>
        <source>charging %1</source>
        <translation>充电 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 UTC&lt;/b&gt; (%2 min interval)&lt;br&gt;&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; &lt;b&gt;%4&lt;/b&gt;: %5&lt;br&gt;Battery: %6, SoC %7 %&lt;br&gt;Grid import with the candidate: %8&lt;br&gt;Grid import without the battery (counterfactual): %9&lt;br&gt;Baseline grid import: %10</source>
        <translation>&lt;b&gt;%1 UTC&lt;/b&gt;（%2 分钟时段）&lt;br&gt;&lt;span style=&apos;color:%3&apos;&gt;■&lt;/span&gt; &lt;b&gt;%4&lt;/b&gt;：%5&lt;br&gt;电池：%6，SoC %7 %&lt;br&gt;候选方案的电网购电：%8&lt;br&gt;无电池时的电网购电（反事实）：%9&lt;br&gt;基准方案的电网购电：%10</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ExportVersionDialog</name>
    <message>
        <source>Export candidate as configuration version</source>
        <translation>将候选方案导出为配置版本</translation>
    </message>
    <message>
        <source>Author (who)</source>
        <translation>作者（谁）</translation>
    </message>
    <message>
        <source>Time (when)</source>
        <translation>时间（何时）</translation>
    </message>
    <message>
        <source>Why this change, e.g. &quot;threshold lowered after the March peak review&quot;</source>
        <translation>变更原因，例如“三月峰值复核后降低阈值”</translation>
    </message>
    <message>
        <source>Reason (why)</source>
        <translation>原因（为何）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>No parameter differs from the baseline.</source>
        <translation>没有参数与基准方案不同。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Export version</source>
        <translation>导出版本</translation>
    </message>
    <message>
        <source>GridTwin project (*.gridtwin *.sqlite);;All files (*)</source>
        <translation>GridTwin 项目 (*.gridtwin *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>expected a project file, found nothing</source>
        <translation>应为项目文件，但未指定</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::HeatmapView</name>
    <message>
        <source>Choose two parameters and run a sweep for a heatmap.</source>
        <translation>选择两个参数并运行扫描以生成热力图。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::InputSeriesEditor</name>
    <message>
        <source>%1 hourly values from %2</source>
        <translation>自 %2 起的 %1 个小时值</translation>
    </message>
    <message>
        <source>unknown input series %1</source>
        <translation>未知的输入序列 %1</translation>
    </message>
    <message>
        <source>Weather (PVGIS TMY)</source>
        <translation>气象（PVGIS TMY）</translation>
    </message>
    <message>
        <source>PVGIS TMY (*.csv *.json);;All files (*)</source>
        <translation>PVGIS TMY (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Energy price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Price CSV (*.csv);;All files (*)</source>
        <translation>电价 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Grid carbon intensity</source>
        <translation>电网碳强度</translation>
    </message>
    <message>
        <source>Carbon intensity CSV (*.csv);;All files (*)</source>
        <translation>碳强度 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Empty: the bundled PVGIS TMY for 45 N, 8 E is used.</source>
        <translation>空：使用随附的 45 N、8 E PVGIS TMY。</translation>
    </message>
    <message>
        <source>Empty: the built-in example profile is used (labelled as an example in results and reports).</source>
        <translation>空：使用内置示例曲线（在结果和报告中标注为示例）。</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>已读取：%1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::KpiDeltaTable</name>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>Δ candidate − baseline</source>
        <translation>Δ 候选 − 基准</translation>
    </message>
    <message>
        <source>No run yet: change a parameter or press Run.</source>
        <translation>尚未运行：请修改参数或点击“运行”。</translation>
    </message>
    <message>
        <source>better than the baseline</source>
        <translation>优于基准</translation>
    </message>
    <message>
        <source>worse than the baseline</source>
        <translation>劣于基准</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::LiveWritingPanel</name>
    <message>
        <source>Stop writing</source>
        <translation>停止写入</translation>
    </message>
    <message>
        <source>Releases the battery to its own control and closes the device connection</source>
        <translation>将电池交还其自身控制并关闭设备连接</translation>
    </message>
    <message>
        <source>Already writing to %1; stop first.</source>
        <translation>已在向 %1 写入；请先停止。</translation>
    </message>
    <message>
        <source>No project file is open to record the writes in (open one with --db or record to a historian); nothing was written.</source>
        <translation>没有打开用于记录写入的项目文件（使用 --db 打开或记录到历史库）；未写入任何内容。</translation>
    </message>
    <message>
        <source>The site lists no storage device; nothing was written.</source>
        <translation>该站点未列出储能设备；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1:%2 (storage unit %3)</source>
        <translation>%1:%2（储能单元 %3）</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Not writing to devices.</source>
        <translation>未向设备写入。</translation>
    </message>
    <message>
        <source>Writing to %1.</source>
        <translation>正在向 %1 写入。</translation>
    </message>
    <message>
        <source>Stopped writing to %1.</source>
        <translation>已停止向 %1 写入。</translation>
    </message>
    <message>
        <source>Last setpoint %1 (%2).</source>
        <translation>最近的设定值 %1（%2）。</translation>
    </message>
    <message>
        <source>Battery released to its own control.</source>
        <translation>电池已交还其自身控制。</translation>
    </message>
    <message>
        <source>Waiting for the first trusted measurement…</source>
        <translation>正在等待第一个可信测量值…</translation>
    </message>
    <message>
        <source>Released: %1.</source>
        <translation>已释放：%1。</translation>
    </message>
    <message>
        <source>Storage device not connected.</source>
        <translation>储能设备未连接。</translation>
    </message>
    <message>
        <source>Storage device reports %1.</source>
        <translation>储能设备报告 %1。</translation>
    </message>
    <message>
        <source>Device error: %1</source>
        <translation>设备错误：%1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::NewSiteWizard</name>
    <message>
        <source>New site</source>
        <translation>新站点</translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation>站点与位置</translation>
    </message>
    <message>
        <source>Name, coordinates and the IANA time zone that billing periods and reports use.</source>
        <translation>名称、坐标以及计费周期和报告所用的 IANA 时区。</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>The first PV array; add more in the site editor.</source>
        <translation>第一个光伏阵列；可在站点编辑器中添加更多。</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Usable energy, PCS rating and the SoC window.</source>
        <translation>可用能量、PCS 额定功率和 SoC 区间。</translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation>电网与电价</translation>
    </message>
    <message>
        <source>Connection limits and how the peak is billed.</source>
        <translation>并网限制以及峰值的计费方式。</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 集群</translation>
    </message>
    <message>
        <source>Size of the cluster and its cooling overhead.</source>
        <translation>集群规模及其冷却开销。</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>How the battery is driven; tune it on the Tuning page.</source>
        <translation>电池的运行方式；请在“调优”页调整。</translation>
    </message>
    <message>
        <source>Input series</source>
        <translation>输入序列</translation>
    </message>
    <message>
        <source>Weather (PVGIS TMY CSV or JSON), hourly energy price and grid carbon intensity. Each file is read when chosen; leave a field empty for the bundled or built-in series.</source>
        <translation>气象（PVGIS TMY，CSV 或 JSON）、每小时电价和电网碳强度。每个文件在选择时即被读取；字段留空则使用随附或内置序列。</translation>
    </message>
    <message>
        <source>Data sources and devices</source>
        <translation>数据源与设备</translation>
    </message>
    <message>
        <source>The live source the console opens for this site and the field devices it polls; Scan fills the list from what answers on a gateway.</source>
        <translation>控制台为本站点打开的实时数据源及其轮询的现场设备；“扫描”会用网关上应答的设备填充列表。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ParameterField</name>
    <message>
        <source>unknown parameter %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <source>%1
Allowed: %2
Default: %3</source>
        <translation>%1
允许范围：%2
默认值：%3</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ParetoView</name>
    <message>
        <source>Pareto view: cost vs peak</source>
        <translation>帕累托视图：成本与峰值</translation>
    </message>
    <message>
        <source>variants</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>total cost (EUR)</source>
        <translation>总成本 (EUR)</translation>
    </message>
    <message>
        <source>peak billing-interval import (kW)</source>
        <translation>计费时段峰值购电 (kW)</translation>
    </message>
    <message>
        <source>variants (blue = low, red = high emissions)</source>
        <translation>方案（蓝 = 低排放，红 = 高排放）</translation>
    </message>
    <message>
        <source>variants (blue = few, red = many equivalent full cycles)</source>
        <translation>方案（蓝 = 少，红 = 多等效满循环）</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::ReasonTimeline</name>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>peak threshold</source>
        <translation>峰值阈值</translation>
    </message>
    <message>
        <source>month peak floor</source>
        <translation>月峰值下限</translation>
    </message>
    <message>
        <source>recharge band</source>
        <translation>回充区间</translation>
    </message>
    <message>
        <source>SoC reserve</source>
        <translation>SoC 储备</translation>
    </message>
    <message>
        <source>SoC limit</source>
        <translation>SoC 限值</translation>
    </message>
    <message>
        <source>PCS limit</source>
        <translation>PCS 限值</translation>
    </message>
    <message>
        <source>self-consumption</source>
        <translation>自发自用</translation>
    </message>
    <message>
        <source>export cap</source>
        <translation>馈网上限</translation>
    </message>
    <message>
        <source>import cap</source>
        <translation>购电上限</translation>
    </message>
    <message>
        <source>external setpoint</source>
        <translation>外部设定值</translation>
    </message>
    <message>
        <source>The controller asked for nothing: grid import was between the recharge level and the threshold.</source>
        <translation>控制器未发出指令：电网购电介于回充水平与阈值之间。</translation>
    </message>
    <message>
        <source>Import above the peak threshold: the battery discharged the excess.</source>
        <translation>购电高于峰值阈值：电池放电以削减超出部分。</translation>
    </message>
    <message>
        <source>The threshold was raised to this month&apos;s billed peak: shaving below it saves nothing.</source>
        <translation>阈值已提高到本月的计费峰值：低于该值削峰不会节省费用。</translation>
    </message>
    <message>
        <source>Import without the battery was below the recharge level: the battery charged.</source>
        <translation>无电池时的购电低于回充水平：电池充电。</translation>
    </message>
    <message>
        <source>Discharge stopped at the SoC reserve kept for peak shaving.</source>
        <translation>放电在为削峰保留的 SoC 储备处停止。</translation>
    </message>
    <message>
        <source>The end of the SoC window (or its derating band) limited the power.</source>
        <translation>SoC 区间的端点（或其降额带）限制了功率。</translation>
    </message>
    <message>
        <source>The PCS rating or the C-rate limited the power.</source>
        <translation>PCS 额定功率或 C 倍率限制了功率。</translation>
    </message>
    <message>
        <source>Balancing the grid to the self-consumption target.</source>
        <translation>将电网功率平衡到自发自用目标。</translation>
    </message>
    <message>
        <source>The export limit forced charging or PV curtailment.</source>
        <translation>馈网限值迫使电池充电或光伏弃光。</translation>
    </message>
    <message>
        <source>The import limit capped the charging power.</source>
        <translation>购电限值封顶了充电功率。</translation>
    </message>
    <message>
        <source>An external setpoint set the power.</source>
        <translation>外部设定值决定了功率。</translation>
    </message>
    <message>
        <source>No tuning run yet</source>
        <translation>尚无调优运行</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SiteEditorPage</name>
    <message>
        <source>New site…</source>
        <translation>新建站点…</translation>
    </message>
    <message>
        <source>Open site JSON…</source>
        <translation>打开站点 JSON…</translation>
    </message>
    <message>
        <source>Save site JSON…</source>
        <translation>保存站点 JSON…</translation>
    </message>
    <message>
        <source>Site and location</source>
        <translation>站点与位置</translation>
    </message>
    <message>
        <source>PV arrays</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Grid and tariff</source>
        <translation>电网与电价</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 集群</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Input data</source>
        <translation>输入数据</translation>
    </message>
    <message>
        <source>PV array</source>
        <translation>光伏阵列</translation>
    </message>
    <message>
        <source>Array:</source>
        <translation>阵列：</translation>
    </message>
    <message>
        <source>Add array</source>
        <translation>添加阵列</translation>
    </message>
    <message>
        <source>Remove array</source>
        <translation>删除阵列</translation>
    </message>
    <message>
        <source>Import PVGIS TMY…</source>
        <translation>导入 PVGIS TMY…</translation>
    </message>
    <message>
        <source>PVGIS TMY (*.csv *.json);;All files (*)</source>
        <translation>PVGIS TMY (*.csv *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import price series…</source>
        <translation>导入电价序列…</translation>
    </message>
    <message>
        <source>Price CSV (*.csv);;All files (*)</source>
        <translation>电价 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import carbon series…</source>
        <translation>导入碳强度序列…</translation>
    </message>
    <message>
        <source>Carbon intensity CSV (*.csv);;All files (*)</source>
        <translation>碳强度 CSV (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Empty file fields use the bundled reference weather and the labelled example price and carbon profiles.</source>
        <translation>文件字段为空时使用内置参考气象数据以及已标注的示例电价和碳强度曲线。</translation>
    </message>
    <message>
        <source>No PV array: the site has no on-site generation. Use &quot;Add array&quot; to describe one.</source>
        <translation>无光伏阵列：该站点没有就地发电。使用“添加阵列”来描述一个。</translation>
    </message>
    <message>
        <source>Array %1</source>
        <translation>阵列 %1</translation>
    </message>
    <message>
        <source>add PV array</source>
        <translation>添加光伏阵列</translation>
    </message>
    <message>
        <source>remove PV array %1</source>
        <translation>删除光伏阵列 %1</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Imported %1 as %2</source>
        <translation>已将 %1 导入为 %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Open site</source>
        <translation>打开站点</translation>
    </message>
    <message>
        <source>Site JSON (*.json);;All files (*)</source>
        <translation>站点 JSON (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save site</source>
        <translation>保存站点</translation>
    </message>
    <message>
        <source>Site JSON (*.json)</source>
        <translation>站点 JSON (*.json)</translation>
    </message>
    <message>
        <source>new site %1</source>
        <translation>新站点 %1</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>数据源</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::SweepPage</name>
    <message>
        <source>Second parameter</source>
        <translation>第二个参数</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>运行扫描</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>whole TMY year</source>
        <translation>整个 TMY 年</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>cost, peak</source>
        <translation>成本、峰值</translation>
    </message>
    <message>
        <source>cost, peak, emissions</source>
        <translation>成本、峰值、排放</translation>
    </message>
    <message>
        <source>cost, peak, emissions, cycles</source>
        <translation>成本、峰值、排放、循环</translation>
    </message>
    <message>
        <source>Pareto over</source>
        <translation>帕累托目标</translation>
    </message>
    <message>
        <source>KPI shown</source>
        <translation>显示的指标</translation>
    </message>
    <message>
        <source>emissions</source>
        <translation>排放</translation>
    </message>
    <message>
        <source>equivalent full cycles</source>
        <translation>等效满循环</translation>
    </message>
    <message>
        <source>Pareto colour</source>
        <translation>帕累托着色</translation>
    </message>
    <message>
        <source>Run every variant on all cores (Ctrl+Return)</source>
        <translation>在所有核心上运行每个方案 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Choose ranges and run: every variant is the candidate site with the swept values.</source>
        <translation>选择范围并运行：每个方案都是带有扫描取值的候选站点。</translation>
    </message>
    <message>
        <source>Parameter %1</source>
        <translation>参数 %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>unknown parameter %1</source>
        <translation>未知参数 %1</translation>
    </message>
    <message>
        <source>the two axes sweep the same parameter %1</source>
        <translation>两个轴扫描的是同一个参数 %1</translation>
    </message>
    <message>
        <source>%1: expected from &lt;= to and a step &gt; 0, found %2 … %3 step %4</source>
        <translation>%1：应为 起点 &lt;= 终点 且步长 &gt; 0，实际为 %2 … %3 步长 %4</translation>
    </message>
    <message>
        <source>%1: %2 values, more than a sweep may have</source>
        <translation>%1：%2 个取值，超出扫描允许的数量</translation>
    </message>
    <message>
        <source>%1: expected %2, found %3</source>
        <translation>%1：应为 %2，实际为 %3</translation>
    </message>
    <message>
        <source>%1 variants, more than %2</source>
        <translation>%1 个方案，超过 %2</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>未启动：%1</translation>
    </message>
    <message>
        <source>Running %1 variants of %2 on all cores…</source>
        <translation>正在所有核心上运行 %2 的 %1 个方案…</translation>
    </message>
    <message>
        <source>%1 of %2 variants in %3 s on %4 threads%5.</source>
        <translation>%2 个方案中的 %1 个，用时 %3 秒，%4 个线程%5。</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Refused variant: %1</source>
        <translation>被拒绝的方案：%1</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 对 %2</translation>
    </message>
    <message>
        <source>Export sweep</source>
        <translation>导出扫描</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>未导出：%1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TuningCharts</name>
    <message>
        <source>baseline grid import</source>
        <translation>基准电网购电</translation>
    </message>
    <message>
        <source>candidate grid import</source>
        <translation>候选电网购电</translation>
    </message>
    <message>
        <source>candidate peak threshold</source>
        <translation>候选峰值阈值</translation>
    </message>
    <message>
        <source>baseline SoC</source>
        <translation>基准 SoC</translation>
    </message>
    <message>
        <source>candidate SoC</source>
        <translation>候选 SoC</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>电网购电</translation>
    </message>
    <message>
        <source>MW</source>
        <translation>MW</translation>
    </message>
    <message>
        <source>Battery state of charge</source>
        <translation>电池荷电状态</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TuningPage</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>控制器</translation>
    </message>
    <message>
        <source>Never shave below the month&apos;s billed peak</source>
        <translation>削峰不低于当月计费峰值</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>TMY year</source>
        <translation>TMY 年</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>单月</translation>
    </message>
    <message>
        <source>Recorded history (historian)</source>
        <translation>历史记录（历史数据库）</translation>
    </message>
    <message>
        <source>Year (UTC)</source>
        <translation>年份 (UTC)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步长</translation>
    </message>
    <message>
        <source>historian .sqlite file</source>
        <translation>历史数据库 .sqlite 文件</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>History file</source>
        <translation>历史文件</translation>
    </message>
    <message>
        <source>From (UTC)</source>
        <translation>起始 (UTC)</translation>
    </message>
    <message>
        <source>To (UTC)</source>
        <translation>结束 (UTC)</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <source>Re-simulate baseline and candidate now (F5)</source>
        <translation>立即重新模拟基准和候选方案 (F5)</translation>
    </message>
    <message>
        <source>Edit a parameter: baseline and candidate re-simulate in the background.</source>
        <translation>修改参数：基准和候选方案将在后台重新模拟。</translation>
    </message>
    <message>
        <source>Controller &quot;none&quot;: the battery stays idle; there is nothing to tune.</source>
        <translation>控制器为“无”：电池保持空闲，无可调优项。</translation>
    </message>
    <message>
        <source>The candidate has a different number of PV arrays than the baseline; export it as a version to compare further edits against it.</source>
        <translation>候选方案的光伏阵列数量与基准不同；请将其导出为版本，以便与后续修改进行比较。</translation>
    </message>
    <message>
        <source>Simulating baseline, candidate and the case without battery…</source>
        <translation>正在模拟基准、候选方案和无电池情形…</translation>
    </message>
    <message>
        <source>Run refused: %1</source>
        <translation>运行被拒绝：%1</translation>
    </message>
    <message>
        <source>Cancelled; the table shows the last completed run.</source>
        <translation>已取消；表格显示最近一次完成的运行。</translation>
    </message>
    <message>
        <source>%1: %2 steps of %3 s each for baseline, candidate and without battery.</source>
        <translation>%1：基准、候选和无电池情形各 %2 步，每步 %3 秒。</translation>
    </message>
    <message>
        <source>Historian file</source>
        <translation>历史数据库文件</translation>
    </message>
    <message>
        <source>Historian (*.sqlite *.db);;All files (*)</source>
        <translation>历史数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>record start, e.g. 2025-03-01T00:00:00Z</source>
        <translation>记录开始，例如 2025-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>record end, e.g. 2025-04-01T00:00:00Z</source>
        <translation>记录结束，例如 2025-04-01T00:00:00Z</translation>
    </message>
    <message>
        <source>Choose a historian file for the history period.</source>
        <translation>请为历史时段选择历史数据库文件。</translation>
    </message>
    <message>
        <source>%1: expected a UTC time such as 2025-03-01T00:00:00Z or 2025-03-01, found &quot;%2&quot;.</source>
        <translation>%1：应为 UTC 时间，例如 2025-03-01T00:00:00Z 或 2025-03-01，实际为“%2”。</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::VersionHistoryPanel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Load as candidate</source>
        <translation>作为候选方案加载</translation>
    </message>
    <message>
        <source>No project file yet: &quot;Export candidate as version&quot; creates one.</source>
        <translation>尚无项目文件：“将候选方案导出为版本”会创建一个。</translation>
    </message>
    <message>
        <source>%1 versions of &quot;%2&quot; in %3</source>
        <translation>%3 中“%2”的 %1 个版本</translation>
    </message>
    <message>
        <source>Cannot read the project file: %1</source>
        <translation>无法读取项目文件：%1</translation>
    </message>
    <message>
        <source>load version %1</source>
        <translation>加载版本 %1</translation>
    </message>
    <message>
        <source>Cannot load the version: %1</source>
        <translation>无法加载该版本：%1</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::WorkbenchWindow</name>
    <message>
        <source>GridTwin engineering workbench</source>
        <translation>GridTwin 工程工作台</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>&lt;baseline&gt;</source>
        <translation>&lt;基准&gt;</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>编辑历史</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基准：%1</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>站点(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Open site JSON…</source>
        <translation>打开站点 JSON(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save site JSON…</source>
        <translation>保存站点 JSON(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>新建站点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Write candidate to devices…</source>
        <translation>将候选方案写入设备(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Disabled: enable setpoint writing in an engineer profile first.</source>
        <translation>已禁用：请先在工程师配置文件中启用设定值写入。</translation>
    </message>
    <message>
        <source>Write to devices</source>
        <translation>写入设备</translation>
    </message>
    <message>
        <source>Tuning</source>
        <translation>调优</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Sweeps</source>
        <translation>参数扫描</translation>
    </message>
    <message>
        <source>Configuration versions</source>
        <translation>配置版本</translation>
    </message>
    <message>
        <source>Exported to %1; the candidate is the new baseline.</source>
        <translation>已导出到 %1；候选方案成为新的基准。</translation>
    </message>
    <message>
        <source>&amp;Export candidate as configuration version…</source>
        <translation>将候选方案导出为配置版本(&amp;E)…</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Device writing</source>
        <translation>设备写入</translation>
    </message>
    <message>
        <source>S&amp;top writing to devices</source>
        <translation>停止向设备写入(&amp;T)</translation>
    </message>
    <message>
        <source>Runs the candidate&apos;s controller on the live devices and writes its battery setpoints, after confirmation.</source>
        <translation>确认后在实时设备上运行候选方案的控制器并写入其电池设定值。</translation>
    </message>
    <message>
        <source>Run the candidate&apos;s controller on the live devices and write its battery setpoints? This changes how the real battery is driven until you stop writing.</source>
        <translation>要在实时设备上运行候选方案的控制器并写入其电池设定值吗？在您停止写入之前，这将改变真实电池的运行方式。</translation>
    </message>
    <message>
        <source>Setpoint writing is not enabled in this profile; nothing was written.</source>
        <translation>此配置文件未启用设定值写入；未写入任何内容。</translation>
    </message>
    <message>
        <source>The site lists no field devices (add them in the site editor&apos;s data sources): %1</source>
        <translation>该站点未列出现场设备（请在站点编辑器的数据源中添加）：%1</translation>
    </message>
</context>
</TS>
