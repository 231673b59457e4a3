<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CoreText</name>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能源</translation>
    </message>
    <message>
        <source>Energy/grid</source>
        <translation>能源/电网</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Heat</source>
        <translation>热</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Renewables</source>
        <translation>可再生能源</translation>
    </message>
    <message>
        <source>ICT capacity</source>
        <translation>ICT 容量</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>数据流量</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Data centre name</source>
        <translation>数据中心名称</translation>
    </message>
    <message>
        <source>Owner and operator (name, contact)</source>
        <translation>所有者和运营者（名称、联系方式）</translation>
    </message>
    <message>
        <source>Location (Eurostat LAU code)</source>
        <translation>地点（Eurostat LAU 代码）</translation>
    </message>
    <message>
        <source>Data centre type (enterprise/colocation/co-hosting)</source>
        <translation>数据中心类型（企业/托管/联合托管）</translation>
    </message>
    <message>
        <source>Year and month of entry into operation</source>
        <translation>投入运行的年份和月份</translation>
    </message>
    <message>
        <source>Installed IT power demand PD_IT</source>
        <translation>IT 安装功率需求 PD_IT</translation>
    </message>
    <message>
        <source>Total floor area</source>
        <translation>总建筑面积</translation>
    </message>
    <message>
        <source>Computer-room floor area</source>
        <translation>机房面积</translation>
    </message>
    <message>
        <source>Electrical and cooling redundancy levels</source>
        <translation>供电和制冷冗余等级</translation>
    </message>
    <message>
        <source>Total energy consumption E_DC</source>
        <translation>总能耗 E_DC</translation>
    </message>
    <message>
        <source>IT equipment energy E_IT</source>
        <translation>IT 设备能耗 E_IT</translation>
    </message>
    <message>
        <source>Backup-generator energy</source>
        <translation>备用发电机能量</translation>
    </message>
    <message>
        <source>Average battery capacity [unconfirmed field]</source>
        <translation>平均电池容量 [字段待确认]</translation>
    </message>
    <message>
        <source>Electrical grid functions [unconfirmed field]</source>
        <translation>电网功能 [字段待确认]</translation>
    </message>
    <message>
        <source>Total water input W_IN</source>
        <translation>总取水量 W_IN</translation>
    </message>
    <message>
        <source>Waste heat reused</source>
        <translation>余热再利用量</translation>
    </message>
    <message>
        <source>Average waste-heat temperature</source>
        <translation>平均余热温度</translation>
    </message>
    <message>
        <source>IT intake air temperature setpoint</source>
        <translation>IT 进风温度设定值</translation>
    </message>
    <message>
        <source>Total renewable energy consumption</source>
        <translation>可再生能源消耗总量</translation>
    </message>
    <message>
        <source>of which Guarantees of Origin [breakdown unconfirmed]</source>
        <translation>其中来源担保 [细分待确认]</translation>
    </message>
    <message>
        <source>of which PPAs [breakdown unconfirmed]</source>
        <translation>其中 PPA [细分待确认]</translation>
    </message>
    <message>
        <source>of which on-site generation [breakdown unconfirmed]</source>
        <translation>其中现场发电 [细分待确认]</translation>
    </message>
    <message>
        <source>Server capacity C_SERV</source>
        <translation>服务器容量 C_SERV</translation>
    </message>
    <message>
        <source>Storage capacity C_STOR</source>
        <translation>存储容量 C_STOR</translation>
    </message>
    <message>
        <source>Incoming and outgoing traffic (bandwidth, volume)</source>
        <translation>进出数据流量（带宽、数据量）</translation>
    </message>
    <message>
        <source>Data stored and processed</source>
        <translation>存储和处理的数据</translation>
    </message>
    <message>
        <source>PUE = E_DC / E_IT</source>
        <translation>PUE = E_DC / E_IT</translation>
    </message>
    <message>
        <source>WUE = W_IN / E_IT</source>
        <translation>WUE = W_IN / E_IT</translation>
    </message>
    <message>
        <source>ERF = E_reuse / E_DC</source>
        <translation>ERF = E_reuse / E_DC</translation>
    </message>
    <message>
        <source>REF = E_ren / E_DC</source>
        <translation>REF = E_ren / E_DC</translation>
    </message>
    <message>
        <source>site configuration</source>
        <translation>站点配置</translation>
    </message>
    <message>
        <source>not in the site configuration</source>
        <translation>站点配置中没有</translation>
    </message>
    <message>
        <source>site configuration (GPUs at TDP plus node overhead)</source>
        <translation>站点配置（GPU 按 TDP 计，另加节点开销）</translation>
    </message>
    <message>
        <source>no generator data in the inputs</source>
        <translation>输入中没有发电机数据</translation>
    </message>
    <message>
        <source>not in the inputs</source>
        <translation>输入中没有</translation>
    </message>
    <message>
        <source>operator input</source>
        <translation>运营者提供</translation>
    </message>
    <message>
        <source>no water metering in the inputs</source>
        <translation>输入中没有用水计量</translation>
    </message>
    <message>
        <source>no heat metering in the inputs</source>
        <translation>输入中没有热量计量</translation>
    </message>
    <message>
        <source>ledger (on-site PV) and eligible instruments</source>
        <translation>台账（现场光伏）和合格的合同工具</translation>
    </message>
    <message>
        <source>instruments file (eligible, capped at import)</source>
        <translation>合同工具文件（合格部分，以购电量为上限）</translation>
    </message>
    <message>
        <source>no instruments file in the inputs</source>
        <translation>输入中没有合同工具文件</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-2 on the ledger</source>
        <translation>基于台账按 ISO/IEC 30134-2 计算</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-3 on the ledger</source>
        <translation>基于台账按 ISO/IEC 30134-3 计算</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-6</source>
        <translation>ISO/IEC 30134-6</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-9</source>
        <translation>ISO/IEC 30134-9</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>present</source>
        <translation>已具备</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>部分具备</translation>
    </message>
    <message>
        <source>Grid electricity (not covered by a physical PPA)</source>
        <translation>电网电力（未由实物 PPA 覆盖）</translation>
    </message>
    <message>
        <source>Physical PPA, hourly matched</source>
        <translation>实物 PPA，逐小时匹配</translation>
    </message>
    <message>
        <source>On-site PV (direct technical link)</source>
        <translation>现场光伏（直接技术连接）</translation>
    </message>
    <message>
        <source>on-site generation metered hourly; zero direct emissions</source>
        <translation>现场发电逐小时计量；直接排放为零</translation>
    </message>
    <message>
        <source>Hourly metering of grid import and export</source>
        <translation>电网购电和上网电量的逐小时计量</translation>
    </message>
    <message>
        <source>Hourly metering of on-site PV and BESS</source>
        <translation>现场光伏和储能系统的逐小时计量</translation>
    </message>
    <message>
        <source>Versioned emission-factor dataset identified by hash</source>
        <translation>以哈希标识的带版本排放因子数据集</translation>
    </message>
    <message>
        <source>PPA contract with hourly volumes</source>
        <translation>含逐小时电量的 PPA 合同</translation>
    </message>
    <message>
        <source>Hourly temporal correlation of PPA and consumption</source>
        <translation>PPA 与用电的逐小时时间关联</translation>
    </message>
    <message>
        <source>Same bidding zone as consumption</source>
        <translation>与用电处于同一竞价区</translation>
    </message>
    <message>
        <source>GO cancellation statements</source>
        <translation>来源担保注销证明</translation>
    </message>
    <message>
        <source>Direct-link single-line diagram of the on-site PV</source>
        <translation>现场光伏直接连接的单线图</translation>
    </message>
    <message>
        <source>simulated data, not meter readings</source>
        <translation>模拟数据，非电表读数</translation>
    </message>
    <message>
        <source>built-in example profile, not a published dataset</source>
        <translation>内置示例曲线，非公开发布的数据集</translation>
    </message>
    <message>
        <source>monthly volumes only</source>
        <translation>仅有月度电量</translation>
    </message>
    <message>
        <source>no PPA in the inputs</source>
        <translation>输入中没有 PPA</translation>
    </message>
    <message>
        <source>matched per hour in the ledger</source>
        <translation>在台账中逐小时匹配</translation>
    </message>
    <message>
        <source>no hourly contract volumes</source>
        <translation>没有逐小时合同电量</translation>
    </message>
    <message>
        <source>every PPA row flagged same_market</source>
        <translation>每条 PPA 记录都标记了 same_market</translation>
    </message>
    <message>
        <source>some PPA rows from another market</source>
        <translation>部分 PPA 记录来自其他市场</translation>
    </message>
    <message>
        <source>no GOs in the inputs</source>
        <translation>输入中没有来源担保</translation>
    </message>
    <message>
        <source>every GO cancelled with a statement reference</source>
        <translation>每份来源担保均已注销并附有证明编号</translation>
    </message>
    <message>
        <source>GOs without cancellation or statement</source>
        <translation>来源担保未注销或无证明</translation>
    </message>
    <message>
        <source>not part of the data: the operator attaches the diagram</source>
        <translation>不在数据中：由运营者附上该图</translation>
    </message>
    <message>
        <source>cbam_official</source>
        <translation>CBAM 官方价格</translation>
    </message>
    <message>
        <source>ets_average</source>
        <translation>ETS 平均价格</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>示意性</translation>
    </message>
    <message>
        <source>Ledger completeness (time covered by data)</source>
        <translation>台账完整度（数据覆盖的时间）</translation>
    </message>
    <message>
        <source>Hours without data</source>
        <translation>无数据小时数</translation>
    </message>
    <message>
        <source>Hours with simulated data</source>
        <translation>模拟数据小时占比</translation>
    </message>
    <message>
        <source>Hours with an estimated emission factor</source>
        <translation>排放因子为估算值的小时占比</translation>
    </message>
    <message>
        <source>Scope 2 (location) based on estimated factors</source>
        <translation>基于估算因子的范围二（基于位置）排放</translation>
    </message>
    <message>
        <source>Emission factors from the built-in example</source>
        <translation>来自内置示例的排放因子</translation>
    </message>
    <message>
        <source>Share of CBAM-consistent emissions based on default values</source>
        <translation>基于默认值的 CBAM 一致排放占比</translation>
    </message>
    <message>
        <source>Grid CFE share known</source>
        <translation>电网无碳能源占比已知</translation>
    </message>
    <message>
        <source>Largest hourly energy-balance residual</source>
        <translation>最大逐小时能量平衡残差</translation>
    </message>
    <message>
        <source>Battery pool carbon at the start</source>
        <translation>期初电池储能碳量</translation>
    </message>
    <message>
        <source>Battery pool carbon carried forward</source>
        <translation>结转的电池储能碳量</translation>
    </message>
    <message>
        <source>per hour: steps x step length / 1 h</source>
        <translation>每小时：步数 × 步长 / 1 h</translation>
    </message>
    <message>
        <source>counted as zero energy, never filled</source>
        <translation>按零能量计，从不填补</translation>
    </message>
    <message>
        <source>simulation output, not meter readings</source>
        <translation>模拟输出，非电表读数</translation>
    </message>
    <message>
        <source>flag of the factor dataset</source>
        <translation>因子数据集中的标记</translation>
    </message>
    <message>
        <source>share of emissions</source>
        <translation>占排放量的比例</translation>
    </message>
    <message>
        <source>NOT measured data: import a factor dataset</source>
        <translation>非实测数据：请导入因子数据集</translation>
    </message>
    <message>
        <source>imported dataset</source>
        <translation>导入的数据集</translation>
    </message>
    <message>
        <source>CBAM template metric</source>
        <translation>CBAM 模板指标</translation>
    </message>
    <message>
        <source>from the factor dataset</source>
        <translation>来自因子数据集</translation>
    </message>
    <message>
        <source>unknown: grid CFE counted as 0</source>
        <translation>未知：电网无碳能源按 0 计</translation>
    </message>
    <message>
        <source>facility + aux + charge + export - (PV + import + discharge)</source>
        <translation>设施 + 辅助 + 充电 + 上网 − （光伏 + 购电 + 放电）</translation>
    </message>
    <message>
        <source>initial stored energy at the first hour&apos;s factor</source>
        <translation>初始储存能量按第一小时的因子计</translation>
    </message>
    <message>
        <source>stored at the end of the period</source>
        <translation>期末储存量</translation>
    </message>
    <message>
        <source>Location-based, hourly direct factors</source>
        <translation>基于位置，逐小时直接因子</translation>
    </message>
    <message>
        <source>Location-based, annual mean factor</source>
        <translation>基于位置，年平均因子</translation>
    </message>
    <message>
        <source>Market-based</source>
        <translation>基于市场</translation>
    </message>
    <message>
        <source>Hourly matched (hourly PPA volumes)</source>
        <translation>逐小时匹配（逐小时 PPA 电量）</translation>
    </message>
    <message>
        <source>Hourly matched (monthly PPA volumes spread flat)</source>
        <translation>逐小时匹配（月度 PPA 电量平均分摊）</translation>
    </message>
    <message>
        <source>Consumption, battery-traced</source>
        <translation>用电（经电池溯源）</translation>
    </message>
    <message>
        <source>Life-cycle factors (footprint view)</source>
        <translation>生命周期因子（足迹视角）</translation>
    </message>
    <message>
        <source>Scope 2 LBM (reported)</source>
        <translation>范围二基于位置法（报告值）</translation>
    </message>
    <message>
        <source>import x time-average factor</source>
        <translation>购电量 × 时间平均因子</translation>
    </message>
    <message>
        <source>proposed GHG Protocol revision; not Scope 2 2015</source>
        <translation>温室气体核算体系拟议修订；非 2015 版范围二</translation>
    </message>
    <message>
        <source>load-profile proxy, sensitivity only</source>
        <translation>负荷曲线近似，仅用于敏感性分析</translation>
    </message>
    <message>
        <source>emissions of the energy consumed on site per hour</source>
        <translation>现场每小时消耗能量的排放</translation>
    </message>
    <message>
        <source>never part of Scope 2</source>
        <translation>从不计入范围二</translation>
    </message>
    <message>
        <source>supplier-specific factor</source>
        <translation>供应商特定因子</translation>
    </message>
    <message>
        <source>no residual mix given: import-weighted location factor stands in (flagged)</source>
        <translation>未提供剩余组合：以购电加权的基于位置因子代替（已标记）</translation>
    </message>
    <message>
        <source>grid carbon-free share unknown for some hours: counted as 0 in CFE %</source>
        <translation>部分小时电网无碳占比未知：在 CFE % 中按 0 计</translation>
    </message>
    <message>
        <source>no Slurm jobs: kgCO2e per GPU-hour uses installed GPU-hours</source>
        <translation>没有 Slurm 作业：每 GPU 小时 kgCO2e 按已安装 GPU 小时计</translation>
    </message>
    <message>
        <source>site config</source>
        <translation>站点配置</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>气象</translation>
    </message>
    <message>
        <source>energy prices</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>recorded load</source>
        <translation>记录的负荷</translation>
    </message>
    <message>
        <source>emission factors</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>instruments</source>
        <translation>合同工具</translation>
    </message>
    <message>
        <source>slurm sacct</source>
        <translation>Slurm sacct</translation>
    </message>
    <message>
        <source>carbon prices</source>
        <translation>碳价</translation>
    </message>
    <message>
        <source>historian</source>
        <translation>历史数据库</translation>
    </message>
    <message>
        <source>built-in reference site</source>
        <translation>内置参考站点</translation>
    </message>
    <message>
        <source>bundled PVGIS TMY 45N 8E</source>
        <translation>随附的 PVGIS TMY 45N 8E</translation>
    </message>
    <message>
        <source>built-in example profile, not measured data</source>
        <translation>内置示例曲线，非实测数据</translation>
    </message>
    <message>
        <source>built-in example profile (not measured data)</source>
        <translation>内置示例曲线（非实测数据）</translation>
    </message>
    <message>
        <source>generic CSV</source>
        <translation>通用 CSV</translation>
    </message>
    <message>
        <source>Electricity Maps</source>
        <translation>Electricity Maps</translation>
    </message>
    <message>
        <source>hourly ledger (%1)</source>
        <translation>逐小时台账（%1）</translation>
    </message>
    <message>
        <source>simulation (GridTwin %1)</source>
        <translation>模拟（GridTwin %1）</translation>
    </message>
    <message>
        <source>historian %1 (site %2)</source>
        <translation>历史数据库 %1（站点 %2）</translation>
    </message>
    <message>
        <source>generic CSV %1</source>
        <translation>通用 CSV %1</translation>
    </message>
    <message>
        <source>Electricity Maps %1</source>
        <translation>Electricity Maps %1</translation>
    </message>
    <message>
        <source>hourly direct factors: %1 (hash in the manifest)</source>
        <translation>逐小时直接因子：%1（哈希见清单）</translation>
    </message>
    <message>
        <source>contracts %1 with hourly volumes, same bidding zone</source>
        <translation>合同 %1，含逐小时电量，同一竞价区</translation>
    </message>
    <message>
        <source>hourly volumes of %1</source>
        <translation>%1 的逐小时电量</translation>
    </message>
    <message>
        <source>completeness %1 %</source>
        <translation>完整度 %1 %</translation>
    </message>
    <message>
        <source>Scope 2 MBM (reported); residual: %1</source>
        <translation>范围二基于市场法（报告值）；剩余部分：%1</translation>
    </message>
    <message>
        <source>residual mix: %1</source>
        <translation>剩余组合：%1</translation>
    </message>
    <message>
        <source>%1 instrument rows fail the Scope 2 quality criteria (not cancelled, other market or other vintage) and are not counted</source>
        <translation>%1 条合同工具记录不符合范围二质量标准（未注销、其他市场或其他年份），不予计入</translation>
    </message>
    <message>
        <source>no carbon price for %1-Q%2: its shadow cost is not computed</source>
        <translation>%1 年第 %2 季度无碳价：不计算其影子成本</translation>
    </message>
</context>
<context>
    <name>WhitePaper</name>
    <message>
        <source>very large (&gt; 10 MW)</source>
        <translation>超大型（&gt; 10 MW）</translation>
    </message>
    <message>
        <source>large (2–10 MW)</source>
        <translation>大型（2–10 MW）</translation>
    </message>
    <message>
        <source>medium (1–2 MW)</source>
        <translation>中型（1–2 MW）</translation>
    </message>
    <message>
        <source>small (500–1000 kW)</source>
        <translation>小型（500–1000 kW）</translation>
    </message>
    <message>
        <source>below the 500 kW threshold</source>
        <translation>低于 500 kW 门槛</translation>
    </message>
    <message>
        <source>EED Article 12 and Delegated Regulation (EU) 2024/1364 apply to data centres with at least 500 kW installed IT power. With %1 kW this site is in the size class %2. The report is due by 15 May for the previous calendar year. The table lists the fields the site data can fill; fields without data are listed as missing and are not estimated.</source>
        <translation>《能源效率指令》（EED）第 12 条及授权条例（EU）2024/1364 适用于 IT 装机功率不低于 500 kW 的数据中心。本站点 IT 装机功率为 %1 kW，属于规模等级%2。报告须于每年 5 月 15 日前提交上一日历年的数据。下表列出站点数据可填写的字段；无数据的字段列为缺失，不作估算。</translation>
    </message>
    <message>
        <source>Table 9.1: DR (EU) 2024/1364 fields</source>
        <translation>表 9.1：授权条例（EU）2024/1364 字段</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>质量</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 of %2 fields have no data and must be supplied before submission.</source>
        <translation>%2 个字段中有 %1 个没有数据，须在提交前补充。</translation>
    </message>
    <message>
        <source>No job accounting (Slurm sacct) was given, so no energy or emissions are attributed to projects; all of it is unattributed.</source>
        <translation>未提供作业记账数据（Slurm sacct），因此能源和排放未分配到项目，全部为未分配部分。</translation>
    </message>
    <message>
        <source>Each job&apos;s IT energy is its share of the hour&apos;s GPU-hours times the hour&apos;s IT energy; facility energy multiplies it by the hour&apos;s PUE, and location-based emissions use the hour&apos;s consumption factor (battery-traced). IT energy not covered by jobs (idle GPUs, overhead) is shown as the unattributed residual, never spread silently. %1 jobs from %2.</source>
        <translation>每个作业的 IT 能耗等于其在该小时 GPU 小时中的份额乘以该小时的 IT 能耗；设施能耗再乘以该小时的 PUE，基于位置的排放使用该小时的消费排放因子（经电池追溯）。未被作业覆盖的 IT 能耗（空闲 GPU、开销）列为未分配余量，从不悄悄分摊。共 %1 个作业，来自 %2。</translation>
    </message>
    <message>
        <source>Table 10.1: energy and emissions by project (Slurm account)</source>
        <translation>表 10.1：按项目（Slurm 账户）的能耗与排放</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>作业数</translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation>GPU 小时</translation>
    </message>
    <message>
        <source>IT (MWh)</source>
        <translation>IT（MWh）</translation>
    </message>
    <message>
        <source>Facility (MWh)</source>
        <translation>设施（MWh）</translation>
    </message>
    <message>
        <source>Location-based (tCO2e)</source>
        <translation>基于位置（tCO2e）</translation>
    </message>
    <message>
        <source>Market-based (tCO2e)</source>
        <translation>基于市场（tCO2e）</translation>
    </message>
    <message>
        <source>Unattributed residual</source>
        <translation>未分配余量</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>The ledger covers %1 of %2 hours of the period. Hours without data are not filled: they are reported here and excluded from every sum.</source>
        <translation>台账覆盖本期 %2 小时中的 %1 小时。无数据的小时不作填补：在此列出，并从所有合计中排除。</translation>
    </message>
    <message>
        <source>Table 11.1: completeness and quality</source>
        <translation>表 11.1：完整性与质量</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Flags raised during the calculation</source>
        <translation>计算过程中的提示</translation>
    </message>
    <message>
        <source>The same energy gives different emissions under different accounting methods and factor datasets. The spread below is part of the uncertainty of the headline figure; the methods are shown side by side and never netted.</source>
        <translation>同样的能耗在不同核算方法和因子数据集下得出不同的排放。下表的差异是核心数字不确定性的一部分；各方法并列展示，从不相互抵消。</translation>
    </message>
    <message>
        <source>Table 12.1: emissions by method</source>
        <translation>表 12.1：按方法的排放</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Emissions (tCO2e)</source>
        <translation>排放（tCO2e）</translation>
    </message>
    <message>
        <source>CUE (kgCO2e/kWh)</source>
        <translation>CUE（kgCO2e/kWh）</translation>
    </message>
    <message>
        <source>Standards applied</source>
        <translation>采用的标准</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2 Guidance (2015): dual reporting, quality criteria, residual mix.</source>
        <translation>《温室气体核算体系范围二指南》（2015）：双重报告、质量标准、剩余组合。</translation>
    </message>
    <message>
        <source>ISO/IEC 30134-2 (PUE), -3 (REF), -6 (ERF), -8 (CUE), -9 (WUE) and their EN 50600-4 counterparts.</source>
        <translation>ISO/IEC 30134-2（PUE）、-3（REF）、-6（ERF）、-8（CUE）、-9（WUE）及对应的 EN 50600-4 各部分。</translation>
    </message>
    <message>
        <source>Directive (EU) 2023/1791 Art. 12 and Delegated Regulation (EU) 2024/1364 (EED data-centre reporting).</source>
        <translation>指令（EU）2023/1791 第 12 条及授权条例（EU）2024/1364（EED 数据中心报告）。</translation>
    </message>
    <message>
        <source>Regulation (EU) 2023/956 Annex IV and Implementing Regulation (EU) 2023/1773 (CBAM indirect emissions), applied voluntarily.</source>
        <translation>条例（EU）2023/956 附件四及实施条例（EU）2023/1773（CBAM 间接排放），自愿采用。</translation>
    </message>
    <message>
        <source>GHG Protocol Scope 2 revision (consultation 2025): hourly matching, shown as a separate view only.</source>
        <translation>温室气体核算体系范围二修订（2025 年征求意见）：逐时匹配，仅作为单独视图展示。</translation>
    </message>
    <message>
        <source>Boundary and energy</source>
        <translation>边界与能源</translation>
    </message>
    <message>
        <source>E_DC is the facility load plus the battery&apos;s auxiliary load and losses; E_IT is the IT equipment energy of the GPU cluster. Energies are integrated from the 15-minute (or finer) steps by summing energy per hour; power is never averaged without its duration.</source>
        <translation>E_DC 为设施负荷加上电池的辅助负荷与损耗；E_IT 为 GPU 集群 IT 设备的能耗。能耗由 15 分钟（或更细）的步长按小时累加电量得到；从不在不计时长的情况下平均功率。</translation>
    </message>
    <message>
        <source>Emission factors</source>
        <translation>排放因子</translation>
    </message>
    <message>
        <source>Location-based: the hourly direct (combustion) factor of the grid zone; life-cycle factors appear only in the footprint view. Market-based: instruments that are cancelled for this consumer, from the same market and of the reporting year, at their conveyed rate; the rest of the import at the residual-mix factor (AIB European Residual Mix, CO2 only), else the supplier factor, else the import-weighted location factor, flagged.</source>
        <translation>基于位置：电网区域逐时的直接（燃烧）排放因子；生命周期因子只出现在足迹视图中。基于市场：为本用户注销、来自同一市场且属于报告年度的合约工具按其传递的排放率计算；其余购电按剩余组合因子（AIB 欧洲剩余组合，仅 CO2）计算，若无则用供应商因子，再无则用按购电加权的位置因子，并加以标注。</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>The battery is treated as a pool: energy charged from PV carries 0 g/kWh, energy charged from the grid carries the factor of the hour it was charged. A discharge takes its share of the pool&apos;s carbon, so over a cycle the discharged energy carries all the charged carbon; losses carry none of their own. The energy stored at the start of the period is given the factor of the first hour.</source>
        <translation>电池被视为一个能量池：光伏充入的电量为 0 g/kWh，电网充入的电量带有充电时所在小时的因子。放电按比例带走池中的碳，因此在一个循环中放出的电量承载全部充入的碳；损耗本身不带碳。期初储存的电量采用第一个小时的因子。</translation>
    </message>
    <message>
        <source>Time basis, gaps and rounding</source>
        <translation>时间基准、缺口与取整</translation>
    </message>
    <message>
        <source>Times are stored in UTC; months and the reporting year are UTC calendar periods, the average-day charts use the site&apos;s local time. Gaps are not filled: an hour without data counts as missing in the completeness table. Calculations keep full precision; tables round energies to 0.1 MWh, emissions to 0.1 t (0.01 t for attributions), CBAM factors to 5 decimals, prices to 0.01 EUR and costs to whole euros.</source>
        <translation>时间以 UTC 存储；月份和报告年度为 UTC 日历期间，平均日图表使用站点当地时间。缺口不作填补：无数据的小时在完整性表中计为缺失。计算保持全精度；表格中能耗取整到 0.1 MWh，排放到 0.1 t（分配为 0.01 t），CBAM 因子到小数点后 5 位，价格到 0.01 欧元，成本到整欧元。</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>不包括</translation>
    </message>
    <message>
        <source>Scope 1 (no combustion sources in the boundary), Scope 3 including embodied emissions of IT hardware, avoided emissions from PV export, and offsets. None of them is netted against the figures above.</source>
        <translation>范围一（边界内无燃烧源）、范围三（包括 IT 硬件的隐含排放）、光伏上网带来的避免排放以及抵消。以上均不与上述数字相抵。</translation>
    </message>
    <message>
        <source>Every figure in this report is computed from the inputs below. Running GridTwin %1 on files with the same SHA-256 and the same options reproduces the same figures and the same manifest hash.</source>
        <translation>本报告的每个数字均由下列输入计算得出。使用 GridTwin %1、SHA-256 相同的文件和相同的选项运行，可得到相同的数字和相同的清单哈希。</translation>
    </message>
    <message>
        <source>Table 14.1: inputs</source>
        <translation>表 14.1：输入</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Configuration SHA-256 and manifest SHA-256:</source>
        <translation>配置 SHA-256 与清单 SHA-256：</translation>
    </message>
    <message>
        <source>Options of the run:</source>
        <translation>运行选项：</translation>
    </message>
    <message>
        <source>To regenerate this report:</source>
        <translation>重新生成本报告：</translation>
    </message>
    <message>
        <source>Table 15.1: changes to this report</source>
        <translation>表 15.1：本报告的变更</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>日期（UTC）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>First generation from the inputs of the manifest. No manual entries, overrides or corrections; no restatement of earlier periods.</source>
        <translation>根据清单中的输入首次生成。无人工录入、覆盖或更正；未重述以前期间。</translation>
    </message>
    <message>
        <source>Approval: ______________________ (name, role, date). A report without approval is a draft.</source>
        <translation>批准：______________________（姓名、职务、日期）。未经批准的报告为草稿。</translation>
    </message>
    <message>
        <source>none (battery idle)</source>
        <translation>无（电池闲置）</translation>
    </message>
    <message>
        <source>peak shaving</source>
        <translation>削峰</translation>
    </message>
    <message>
        <source>self-consumption</source>
        <translation>自发自用</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Site and boundary</source>
        <translation>站点与边界</translation>
    </message>
    <message>
        <source>Compute load profile</source>
        <translation>算力负荷曲线</translation>
    </message>
    <message>
        <source>Energy flows and the effect of PV and BESS</source>
        <translation>能量流及光伏和储能的作用</translation>
    </message>
    <message>
        <source>Scope 2 emissions: location-based and market-based</source>
        <translation>范围二排放：基于位置与基于市场</translation>
    </message>
    <message>
        <source>Hourly view and carbon-free energy</source>
        <translation>逐时视图与无碳能源</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>关键绩效指标</translation>
    </message>
    <message>
        <source>CBAM-consistent indirect-emissions statement</source>
        <translation>与 CBAM 一致的间接排放声明</translation>
    </message>
    <message>
        <source>EED indicators (Delegated Regulation (EU) 2024/1364)</source>
        <translation>EED 指标（授权条例（EU）2024/1364）</translation>
    </message>
    <message>
        <source>Attribution to projects</source>
        <translation>按项目分配</translation>
    </message>
    <message>
        <source>Data quality and completeness</source>
        <translation>数据质量与完整性</translation>
    </message>
    <message>
        <source>Method sensitivity</source>
        <translation>方法敏感性</translation>
    </message>
    <message>
        <source>Methodology statement</source>
        <translation>方法学说明</translation>
    </message>
    <message>
        <source>Reproducibility manifest</source>
        <translation>可复现性清单</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Facility energy E_DC</source>
        <translation>设施能耗 E_DC</translation>
    </message>
    <message>
        <source>incl. cooling, BESS losses</source>
        <translation>含制冷、储能损耗</translation>
    </message>
    <message>
        <source>IT energy E_IT</source>
        <translation>IT 能耗 E_IT</translation>
    </message>
    <message>
        <source>GPU cluster</source>
        <translation>GPU 集群</translation>
    </message>
    <message>
        <source>PUE</source>
        <translation>PUE</translation>
    </message>
    <message>
        <source>Scope 2 location-based</source>
        <translation>范围二（基于位置）</translation>
    </message>
    <message>
        <source>hourly grid factors</source>
        <translation>逐时电网因子</translation>
    </message>
    <message>
        <source>Scope 2 market-based</source>
        <translation>范围二（基于市场）</translation>
    </message>
    <message>
        <source>instruments + residual mix</source>
        <translation>合约工具 + 剩余组合</translation>
    </message>
    <message>
        <source>Carbon-free energy (hourly)</source>
        <translation>无碳能源（逐时）</translation>
    </message>
    <message>
        <source>24/7 CFE score</source>
        <translation>24/7 CFE 得分</translation>
    </message>
    <message>
        <source>Renewable energy factor</source>
        <translation>可再生能源系数</translation>
    </message>
    <message>
        <source>CUE location-based</source>
        <translation>CUE（基于位置）</translation>
    </message>
    <message>
        <source>Peak reduction by the BESS</source>
        <translation>储能削减的峰值</translation>
    </message>
    <message>
        <source>%1 % of the billing peak</source>
        <translation>占计费峰值的 %1 %</translation>
    </message>
    <message>
        <source>Cost savings by the BESS</source>
        <translation>储能节省的费用</translation>
    </message>
    <message>
        <source>energy + demand charges</source>
        <translation>电量电费 + 需量电费</translation>
    </message>
    <message>
        <source>Shadow carbon cost</source>
        <translation>影子碳成本</translation>
    </message>
    <message>
        <source>illustrative, not a liability</source>
        <translation>仅作示意，非负债</translation>
    </message>
    <message>
        <source>Data completeness</source>
        <translation>数据完整性</translation>
    </message>
    <message>
        <source>hours with data</source>
        <translation>有数据的小时</translation>
    </message>
    <message>
        <source>Compute Load, Energy and Carbon Report</source>
        <translation>算力负荷、能源与碳排放报告</translation>
    </message>
    <message>
        <source>calendar year %1 (UTC)</source>
        <translation>%1 日历年（UTC）</translation>
    </message>
    <message>
        <source>%1, %2. Prepared on a CBAM-consistent and GHG Protocol Scope 2 basis; includes EED Art. 12 / DR (EU) 2024/1364 indicators.</source>
        <translation>%1，%2。按与 CBAM 一致的方法及温室气体核算体系范围二编制；包含 EED 第 12 条 / 授权条例（EU）2024/1364 指标。</translation>
    </message>
    <message>
        <source>Manifest SHA-256 %1</source>
        <translation>清单 SHA-256 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>1 (generated, not yet approved)</source>
        <translation>1（已生成，尚未批准）</translation>
    </message>
    <message>
        <source>Confidential: individual data-centre data (DR (EU) 2024/1364 Art. 5)</source>
        <translation>保密：单个数据中心数据（授权条例（EU）2024/1364 第 5 条）</translation>
    </message>
    <message>
        <source>In %1 the site used %2 MWh of facility energy (E_DC), of which %3 MWh was IT energy (PUE %4). It imported %5 MWh from the grid and exported %6 MWh. The rooftop PV delivered %7 MWh, of which %8 % was used on site directly or through the battery.</source>
        <translation>%1 年，站点设施能耗（E_DC）为 %2 MWh，其中 IT 能耗 %3 MWh（PUE %4）。从电网购电 %5 MWh，上网 %6 MWh。屋顶光伏发电 %7 MWh，其中 %8 % 直接或经电池在站内使用。</translation>
    </message>
    <message>
        <source>The battery lowered the highest billing-interval grid import from %1 MW to %2 MW (%3 %) and the electricity cost by %4 EUR against the same site with the battery idle.</source>
        <translation>与电池闲置的同一站点相比，电池将计费时段最高购电功率从 %1 MW 降至 %2 MW（%3 %），并使电费减少 %4 欧元。</translation>
    </message>
    <message>
        <source>Scope 2 emissions were %1 tCO2e location-based (hourly grid factors) and %2 tCO2e market-based (contractual instruments and residual mix). On an hourly basis %3 % of the consumption was carbon-free; %4 % was matched hour by hour with on-site PV and contracted supply.</source>
        <translation>范围二排放基于位置为 %1 tCO2e（逐时电网因子），基于市场为 %2 tCO2e（合约工具与剩余组合）。按逐时计算，%3 % 的用电为无碳能源；%4 % 由站内光伏和合约供电逐时匹配。</translation>
    </message>
    <message>
        <source>CBAM does not apply to this site: it covers imported goods, not compute services and not electricity consumed in the EU. Section 8 applies its method voluntarily; the shadow carbon cost is illustrative and not a liability.</source>
        <translation>CBAM 不适用于本站点：它涵盖进口货物，不涵盖算力服务，也不涵盖在欧盟境内消费的电力。第 8 节自愿采用其方法；影子碳成本仅作示意，并非负债。</translation>
    </message>
    <message>
        <source>The grid emission factors are GridTwin&apos;s built-in example profile, not measured data. Import the zone&apos;s hourly factors before publishing these figures.</source>
        <translation>电网排放因子为 GridTwin 内置的示例曲线，并非实测数据。发布这些数字前，请导入该区域的逐时因子。</translation>
    </message>
    <message>
        <source>Table 2.1: the site as configured for this report</source>
        <translation>表 2.1：本报告所用的站点配置</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>边界</translation>
    </message>
    <message>
        <source>The reporting boundary is the data-centre site behind its grid connection point. Inside it are the GPU cluster (IT equipment), cooling and other facility loads, the rooftop PV system and the battery energy storage system (BESS) with its auxiliary load and losses. The BESS serves only the data centre, so its losses count in E_DC. No generator sets or other combustion sources are in the boundary, so Scope 1 is zero and CUE contains Scope 2 only. Exported PV energy is reported separately and never netted against imports.</source>
        <translation>报告边界为电网接入点之后的数据中心站点。边界内包括 GPU 集群（IT 设备）、制冷和其他设施负荷、屋顶光伏系统以及电池储能系统（BESS）及其辅助负荷和损耗。储能只为数据中心服务，因此其损耗计入 E_DC。边界内没有发电机组或其他燃烧源，因此范围一为零，CUE 只包含范围二。上网的光伏电量单独报告，从不与购电相抵。</translation>
    </message>
    <message>
        <source>Data source: GridTwin simulation of the site over the reporting year at %1-minute steps, with the configured battery controller, and a second run with the battery idle as the baseline for the effect of the BESS.</source>
        <translation>数据来源：GridTwin 以 %1 分钟步长对站点整个报告年度的仿真（使用配置的电池控制器），以及电池闲置的第二次运行，作为评估储能作用的基准。</translation>
    </message>
    <message>
        <source>Data source: metered samples from the historian file %1; the baseline for the effect of the BESS removes the battery power from the metered grid import.</source>
        <translation>数据来源：历史数据库文件 %1 中的计量样本；评估储能作用的基准从计量购电中去除电池功率。</translation>
    </message>
    <message>
        <source>default value</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>other public source</source>
        <translation>其他公开来源</translation>
    </message>
    <message>
        <source>direct technical link</source>
        <translation>直接技术连接</translation>
    </message>
    <message>
        <source>PPA</source>
        <translation>PPA</translation>
    </message>
    <message>
        <source>built-in example (not data)</source>
        <translation>内置示例（非数据）</translation>
    </message>
    <message>
        <source>Scope 2 is reported with both methods of the GHG Protocol Scope 2 Guidance (2015). The location-based method multiplies each hour&apos;s grid import by that hour&apos;s direct (combustion) grid factor; buying certificates cannot change it. The market-based method uses the emission rate conveyed by contractual instruments that meet the Scope 2 quality criteria and the residual mix for the rest of the import.</source>
        <translation>范围二按《温室气体核算体系范围二指南》（2015）的两种方法报告。基于位置的方法将每小时购电量乘以该小时的直接（燃烧）电网因子；购买证书无法改变该结果。基于市场的方法使用符合范围二质量标准的合约工具所传递的排放率，其余购电使用剩余组合因子。</translation>
    </message>
    <message>
        <source>Table 5.1: Scope 2 emissions by method</source>
        <translation>表 5.1：按方法的范围二排放</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Location-based, hourly factors</source>
        <translation>基于位置，逐时因子</translation>
    </message>
    <message>
        <source>hourly direct factors: %1</source>
        <translation>逐时直接因子：%1</translation>
    </message>
    <message>
        <source>Location-based, annual mean factor (variant)</source>
        <translation>基于位置，年平均因子（变体）</translation>
    </message>
    <message>
        <source>import × time-average factor %1 g/kWh</source>
        <translation>购电量 × 时间平均因子 %1 g/kWh</translation>
    </message>
    <message>
        <source>Market-based</source>
        <translation>基于市场</translation>
    </message>
    <message>
        <source>eligible instruments %1 MWh; residual %2 g/kWh (%3)</source>
        <translation>合格工具 %1 MWh；剩余组合 %2 g/kWh（%3）</translation>
    </message>
    <message>
        <source>Hourly-matched (proposed GHG Protocol revision)</source>
        <translation>逐时匹配（温室气体核算体系修订提案）</translation>
    </message>
    <message>
        <source>PPA volume matched in the same hour: %1 MWh</source>
        <translation>同一小时内匹配的 PPA 电量：%1 MWh</translation>
    </message>
    <message>
        <source>Footprint view, life-cycle factors (not Scope 2)</source>
        <translation>足迹视图，生命周期因子（非范围二）</translation>
    </message>
    <message>
        <source>never mixed into Scope 2</source>
        <translation>从不混入范围二</translation>
    </message>
    <message>
        <source>Figure 5.1: location-based Scope 2 per month</source>
        <translation>图 5.1：每月基于位置的范围二排放</translation>
    </message>
    <message>
        <source>location-based</source>
        <translation>基于位置</translation>
    </message>
    <message>
        <source>Contractual instruments</source>
        <translation>合约工具</translation>
    </message>
    <message>
        <source>No contractual instruments were given: the market-based figure prices the whole import at the residual-mix factor.</source>
        <translation>未提供合约工具：基于市场的数值将全部购电按剩余组合因子计算。</translation>
    </message>
    <message>
        <source>Table 5.2: instruments from %1</source>
        <translation>表 5.2：来自 %1 的工具</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Technology, zone</source>
        <translation>技术、区域</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期间数</translation>
    </message>
    <message>
        <source>Volume (MWh)</source>
        <translation>电量（MWh）</translation>
    </message>
    <message>
        <source>Quality criteria</source>
        <translation>质量标准</translation>
    </message>
    <message>
        <source>met (cancelled, same market)</source>
        <translation>满足（已注销、同一市场）</translation>
    </message>
    <message>
        <source>not met: excluded from MBM</source>
        <translation>不满足：不计入基于市场的数值</translation>
    </message>
    <message>
        <source>Annual totals hide when energy is used. The charts show the average day in the site&apos;s local time: how PV and the battery displace grid import during the day, and how the grid factor changes over the day and the seasons.</source>
        <translation>年度合计掩盖了用电的时间分布。下图按站点当地时间显示平均日：光伏和电池如何在白天替代电网购电，以及电网因子如何随一天中的时刻和季节变化。</translation>
    </message>
    <message>
        <source>hour of day, local time (%1)</source>
        <translation>一天中的小时，当地时间（%1）</translation>
    </message>
    <message>
        <source>Figure 6.1: average day, supply of the site load</source>
        <translation>图 6.1：平均日站点负荷的供电构成</translation>
    </message>
    <message>
        <source>Mean power (MW)</source>
        <translation>平均功率（MW）</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>PV direct</source>
        <translation>光伏直供</translation>
    </message>
    <message>
        <source>BESS discharge</source>
        <translation>储能放电</translation>
    </message>
    <message>
        <source>Figure 6.2: average grid emission factor by hour and quarter</source>
        <translation>图 6.2：按小时和季度的平均电网排放因子</translation>
    </message>
    <message>
        <source>Table 6.1: hourly indicators</source>
        <translation>表 6.1：逐时指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <source>Carbon-free energy (Google-style CFE)</source>
        <translation>无碳能源（Google 式 CFE）</translation>
    </message>
    <message>
        <source>matched on-site and contracted CFE plus the grid&apos;s CFE share of the rest, hour by hour</source>
        <translation>逐时计算：匹配的站内和合约无碳能源，加上其余部分中电网的无碳份额</translation>
    </message>
    <message>
        <source>Hourly-matched share</source>
        <translation>逐时匹配比例</translation>
    </message>
    <message>
        <source>on-site PV and contracted supply in the same hour only (EnergyTag-style)</source>
        <translation>仅计同一小时内的站内光伏和合约供电（EnergyTag 式）</translation>
    </message>
    <message>
        <source>Hourly-matched emissions</source>
        <translation>逐时匹配排放</translation>
    </message>
    <message>
        <source>based on the proposed GHG Protocol revision</source>
        <translation>依据温室气体核算体系修订提案</translation>
    </message>
    <message>
        <source>Consumption-weighted grid factor</source>
        <translation>按用电加权的电网因子</translation>
    </message>
    <message>
        <source>Σ E_t × EF_t / Σ E_t, battery-traced</source>
        <translation>Σ E_t × EF_t / Σ E_t，经电池追溯</translation>
    </message>
    <message>
        <source>Time-average grid factor</source>
        <translation>时间平均电网因子</translation>
    </message>
    <message>
        <source>plain mean over the hours</source>
        <translation>各小时的简单平均</translation>
    </message>
    <message>
        <source>Timing benefit</source>
        <translation>时序收益</translation>
    </message>
    <message>
        <source>1 − consumption-weighted / time-average factor</source>
        <translation>1 − 用电加权因子 / 时间平均因子</translation>
    </message>
    <message>
        <source>Carbon factor of battery discharge</source>
        <translation>电池放电的碳因子</translation>
    </message>
    <message>
        <source>charge carbon traced through the battery pool</source>
        <translation>充电碳经电池能量池追溯</translation>
    </message>
    <message>
        <source>The factor source gives no grid carbon-free share, so the CFE score credits the grid supply with 0 %: it is a lower bound.</source>
        <translation>因子来源未提供电网无碳份额，因此 CFE 得分将电网供电计为 0 %：该值为下限。</translation>
    </message>
    <message>
        <source>Table 7.1: indicators from the one hourly ledger and boundary</source>
        <translation>表 7.1：基于同一逐时台账和同一边界的指标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Formula and standard</source>
        <translation>公式与标准</translation>
    </message>
    <message>
        <source>no data (not metered)</source>
        <translation>无数据（未计量）</translation>
    </message>
    <message>
        <source>CUE market-based</source>
        <translation>CUE（基于市场）</translation>
    </message>
    <message>
        <source>Emissions per GPU-hour, location-based</source>
        <translation>每 GPU 小时排放，基于位置</translation>
    </message>
    <message>
        <source>per allocated GPU-hour when Slurm data exist</source>
        <translation>有 Slurm 数据时按已分配 GPU 小时</translation>
    </message>
    <message>
        <source>Emissions per GPU-hour, market-based</source>
        <translation>每 GPU 小时排放，基于市场</translation>
    </message>
    <message>
        <source>Emissions per MWh IT, location-based</source>
        <translation>每 MWh IT 能耗排放，基于位置</translation>
    </message>
    <message>
        <source>Emissions per MWh IT, market-based</source>
        <translation>每 MWh IT 能耗排放，基于市场</translation>
    </message>
    <message>
        <source>CBAM does not apply to this site. The Carbon Border Adjustment Mechanism (Regulation (EU) 2023/956) covers goods imported into the EU customs territory that are listed in its Annex I, among them electricity (CN 2716) imported across the border. It does not cover compute, cloud or data-centre services, and it does not cover electricity bought and consumed inside the EU, whose generation is already covered by the EU Emissions Trading System. This statement is therefore not a CBAM declaration.</source>
        <translation>CBAM 不适用于本站点。碳边境调节机制（条例（EU）2023/956）涵盖进口到欧盟关境、列于其附件一的货物，其中包括跨境进口的电力（CN 2716）。它不涵盖算力、云或数据中心服务，也不涵盖在欧盟境内购买和消费的电力，这些电力的生产已纳入欧盟排放交易体系。因此本声明不是 CBAM 申报。</translation>
    </message>
    <message>
        <source>The CBAM method for indirect emissions is used anyway because it is a published, verifiable EU method: emissions = electricity × emission factor, clear rules on when default values or actual values (direct technical link, PPA) may be used and what evidence they need, and the ETS-linked certificate price as a shadow carbon price. Customers that produce CBAM goods ask their suppliers for figures on this basis.</source>
        <translation>仍然采用 CBAM 间接排放方法，是因为它是公开、可核查的欧盟方法：排放 = 电量 × 排放因子；对何时可使用默认值或实际值（直接技术连接、PPA）及所需证据有明确规定；并以与欧盟排放交易体系挂钩的证书价格作为影子碳价。生产 CBAM 货物的客户会要求供应商按此口径提供数据。</translation>
    </message>
    <message>
        <source>Table 8.1: indirect emissions per electricity stream</source>
        <translation>表 8.1：各电力来源的间接排放</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Energy (MWh)</source>
        <translation>电量（MWh）</translation>
    </message>
    <message>
        <source>Factor (tCO2e/MWh)</source>
        <translation>因子（tCO2e/MWh）</translation>
    </message>
    <message>
        <source>Kind of value</source>
        <translation>数值类型</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Share of emissions based on default values: %1 %. Intensity analogous to specific embedded emissions: %2 tCO2e per MWh of IT energy, %3 kgCO2e per GPU-hour.</source>
        <translation>基于默认值的排放占比：%1 %。类比单位隐含排放的强度：每 MWh IT 能耗 %2 tCO2e，每 GPU 小时 %3 kgCO2e。</translation>
    </message>
    <message>
        <source>Table 8.2: evidence checklist for actual (non-default) values</source>
        <translation>表 8.2：实际值（非默认值）证据清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Shadow carbon cost (illustrative, not a liability)</source>
        <translation>影子碳成本（仅作示意，非负债）</translation>
    </message>
    <message>
        <source>Table 8.3: shadow cost by quarter</source>
        <translation>表 8.3：按季度的影子成本</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Price (EUR/t)</source>
        <translation>价格（欧元/吨）</translation>
    </message>
    <message>
        <source>Price kind</source>
        <translation>价格类型</translation>
    </message>
    <message>
        <source>Cost (EUR)</source>
        <translation>成本（欧元）</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>无价格</translation>
    </message>
    <message>
        <source>Table 8.4: sensitivity to the carbon price</source>
        <translation>表 8.4：对碳价的敏感性</translation>
    </message>
    <message>
        <source>Carbon price (EUR/t)</source>
        <translation>碳价（欧元/吨）</translation>
    </message>
    <message>
        <source>Shadow cost (EUR)</source>
        <translation>影子成本（欧元）</translation>
    </message>
    <message>
        <source>Prices from %1 (kind and source per quarter as given in the file).</source>
        <translation>价格来自 %1（各季度的类型和来源以文件为准）。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>The IT load is the power drawn by the GPU cluster (GPU, CPU, network and node overhead). Training jobs start and stop as blocks of thousands of GPUs, and checkpoints and failures cause short dips, so the hourly load moves in steps rather than a smooth curve.</source>
        <translation>IT 负荷是 GPU 集群（GPU、CPU、网络和节点开销）消耗的功率。训练作业以数千块 GPU 为单位启停，检查点和故障会造成短暂下降，因此逐时负荷呈阶梯状而非平滑曲线。</translation>
    </message>
    <message>
        <source>Figure 3.1: IT power per day</source>
        <translation>图 3.1：每日 IT 功率</translation>
    </message>
    <message>
        <source>IT power (MW)</source>
        <translation>IT 功率（MW）</translation>
    </message>
    <message>
        <source>highest hourly mean</source>
        <translation>最高小时均值</translation>
    </message>
    <message>
        <source>daily mean</source>
        <translation>日均值</translation>
    </message>
    <message>
        <source>Figure 3.2: facility energy per month, IT and overhead</source>
        <translation>图 3.2：每月设施能耗，IT 与开销</translation>
    </message>
    <message>
        <source>IT equipment</source>
        <translation>IT 设备</translation>
    </message>
    <message>
        <source>cooling and facility</source>
        <translation>制冷与设施</translation>
    </message>
    <message>
        <source>BESS auxiliary and losses</source>
        <translation>储能辅助负荷与损耗</translation>
    </message>
    <message>
        <source>Table 3.1: compute load</source>
        <translation>表 3.1：算力负荷</translation>
    </message>
    <message>
        <source>Every hour of the ledger closes the balance facility + BESS auxiliary + BESS charge + export = PV + import + BESS discharge. PV serves the load first, its surplus charges the battery and the rest is exported; the battery charges from the grid only when the controller asks for it.</source>
        <translation>台账的每个小时都满足平衡：设施 + 储能辅助负荷 + 储能充电 + 上网 = 光伏 + 购电 + 储能放电。光伏优先供应负荷，余电给电池充电，其余上网；只有控制器要求时电池才从电网充电。</translation>
    </message>
    <message>
        <source>Figure 4.1: how the site load was supplied, per month</source>
        <translation>图 4.1：每月站点负荷的供电构成</translation>
    </message>
    <message>
        <source>Table 4.1: annual energy balance</source>
        <translation>表 4.1：年度能量平衡</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>能量流</translation>
    </message>
    <message>
        <source>not netted against imports</source>
        <translation>不与购电相抵</translation>
    </message>
    <message>
        <source>self-consumption ratio %1 %</source>
        <translation>自用率 %1 %</translation>
    </message>
    <message>
        <source>export limit</source>
        <translation>上网限制</translation>
    </message>
    <message>
        <source>round trip %1 %, %2 equivalent full cycles</source>
        <translation>往返效率 %1 %，%2 次等效满循环</translation>
    </message>
    <message>
        <source>part of E_DC</source>
        <translation>计入 E_DC</translation>
    </message>
    <message>
        <source>facility + BESS auxiliary + BESS losses</source>
        <translation>设施 + 储能辅助负荷 + 储能损耗</translation>
    </message>
    <message>
        <source>Effect of the battery on peak demand and cost</source>
        <translation>电池对峰值需量和费用的影响</translation>
    </message>
    <message>
        <source>Table 4.2: the site with the battery idle (baseline) and with the controller</source>
        <translation>表 4.2：电池闲置（基准）与使用控制器的站点对比</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>基准</translation>
    </message>
    <message>
        <source>With BESS</source>
        <translation>有储能</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Figure 4.2: billing peak per month</source>
        <translation>图 4.2：每月计费峰值</translation>
    </message>
    <message>
        <source>Highest billing-interval import (MW)</source>
        <translation>计费时段最高购电功率（MW）</translation>
    </message>
    <message>
        <source>baseline (battery idle)</source>
        <translation>基准（电池闲置）</translation>
    </message>
    <message>
        <source>with BESS</source>
        <translation>有储能</translation>
    </message>
    <message>
        <source>The demand charge is billed on the highest %1-minute mean import of each billing period. The battery can only shave a peak that it has the energy and power for; long plateaus of full cluster load above the threshold limit the reduction.</source>
        <translation>需量电费按每个计费周期内最高的 %1 分钟平均购电功率计收。电池只能削减其电量和功率足以覆盖的峰值；集群满载且高于阈值的长时间平台会限制削减幅度。</translation>
    </message>
    <message>
        <source>Simulating the year with and without the battery, building the ledger</source>
        <translation>正在仿真有电池和无电池的全年运行并建立台账</translation>
    </message>
    <message>
        <source>Composing the report</source>
        <translation>正在编写报告</translation>
    </message>
    <message>
        <source>Report ready</source>
        <translation>报告已完成</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>报告期间</translation>
    </message>
    <message>
        <source>Report ID</source>
        <translation>报告编号</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <source>Manifest SHA-256</source>
        <translation>清单 SHA-256</translation>
    </message>
    <message>
        <source>Configuration SHA-256</source>
        <translation>配置 SHA-256</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>保密级别</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <source>Location (latitude, longitude)</source>
        <translation>位置（纬度，经度）</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>GPU nodes</source>
        <translation>GPU 节点数</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU 数量</translation>
    </message>
    <message>
        <source>GPU thermal design power</source>
        <translation>GPU 热设计功耗</translation>
    </message>
    <message>
        <source>Installed IT power PD_IT</source>
        <translation>IT 装机功率 PD_IT</translation>
    </message>
    <message>
        <source>PV DC capacity</source>
        <translation>光伏直流容量</translation>
    </message>
    <message>
        <source>PV inverter AC limit</source>
        <translation>光伏逆变器交流上限</translation>
    </message>
    <message>
        <source>BESS usable capacity</source>
        <translation>储能可用容量</translation>
    </message>
    <message>
        <source>BESS power (PCS)</source>
        <translation>储能功率（PCS）</translation>
    </message>
    <message>
        <source>BESS state-of-charge window</source>
        <translation>储能荷电状态范围</translation>
    </message>
    <message>
        <source>Grid import limit</source>
        <translation>购电功率上限</translation>
    </message>
    <message>
        <source>Grid export limit</source>
        <translation>上网功率上限</translation>
    </message>
    <message>
        <source>Demand charge</source>
        <translation>需量电价</translation>
    </message>
    <message>
        <source>Billing interval</source>
        <translation>计费时段</translation>
    </message>
    <message>
        <source>Battery controller</source>
        <translation>电池控制器</translation>
    </message>
    <message>
        <source>Peak-shaving threshold</source>
        <translation>削峰阈值</translation>
    </message>
    <message>
        <source>Mean IT power</source>
        <translation>平均 IT 功率</translation>
    </message>
    <message>
        <source>Highest hourly IT power</source>
        <translation>最高小时 IT 功率</translation>
    </message>
    <message>
        <source>IT utilisation E_IT / (PD_IT × hours)</source>
        <translation>IT 利用率 E_IT /（PD_IT × 小时数）</translation>
    </message>
    <message>
        <source>Installed GPU-hours</source>
        <translation>装机 GPU 小时</translation>
    </message>
    <message>
        <source>Allocated GPU-hours (Slurm)</source>
        <translation>已分配 GPU 小时（Slurm）</translation>
    </message>
    <message>
        <source>IT energy per allocated GPU-hour</source>
        <translation>每已分配 GPU 小时的 IT 能耗</translation>
    </message>
    <message>
        <source>Grid import</source>
        <translation>电网购电</translation>
    </message>
    <message>
        <source>Grid export</source>
        <translation>上网电量</translation>
    </message>
    <message>
        <source>PV generation (delivered)</source>
        <translation>光伏发电（交付）</translation>
    </message>
    <message>
        <source>PV used directly on site</source>
        <translation>光伏站内直接使用</translation>
    </message>
    <message>
        <source>PV exported</source>
        <translation>光伏上网</translation>
    </message>
    <message>
        <source>PV curtailed</source>
        <translation>光伏弃电</translation>
    </message>
    <message>
        <source>BESS charge from PV</source>
        <translation>储能光伏充电</translation>
    </message>
    <message>
        <source>BESS charge from grid</source>
        <translation>储能电网充电</translation>
    </message>
    <message>
        <source>BESS losses</source>
        <translation>储能损耗</translation>
    </message>
    <message>
        <source>BESS auxiliary load</source>
        <translation>储能辅助负荷</translation>
    </message>
    <message>
        <source>Facility load (IT, cooling, other)</source>
        <translation>设施负荷（IT、制冷、其他）</translation>
    </message>
    <message>
        <source>Highest billing-interval import</source>
        <translation>计费时段最高购电功率</translation>
    </message>
    <message>
        <source>Energy cost</source>
        <translation>电量电费</translation>
    </message>
    <message>
        <source>Demand charges</source>
        <translation>需量电费</translation>
    </message>
    <message>
        <source>Export revenue</source>
        <translation>上网收入</translation>
    </message>
    <message>
        <source>Total electricity cost</source>
        <translation>电费合计</translation>
    </message>
</context>
</TS>
