import type { TextEncoding } from "./decode-policy-text";
import type { Deployment } from "./deployment";
import { checkPolicyFor, type ReportDraft } from "./extension-policy-checks";
import { asciiJson, type PolicyFile } from "./policy-text";
import { policyKeyFor, REG_POLICY_ROOT } from "./windows-reg-format";

/**
 * Intune remediation pair (Devices › Scripts and remediations): detect.ps1 reports whether the
 * extension's policy is in place for Edge and Chrome, remediate.ps1 writes it. Intune's custom ADMX
 * import cannot write under the Edge policy key, hence a script; the force-install itself is a
 * Settings catalog entry (see policies/README.md).
 *
 * Both scripts carry the policy as JSON between the markers below: `npm run policy:check` reads it
 * there (checkIntuneScript), and the JSON is ASCII-only so the files read the same in any encoding.
 */

export const POLICY_BEGIN = "$PolicyJson = @'";
export const POLICY_END = "'@";
export const KEYS_BEGIN = "$PolicyKeys = @(";

// Shared by both scripts: turns the JSON into the registry entries Chrome's loader reads (objects as
// subkeys, lists as numbered values or subkeys, booleans and integers as DWORDs).
const ENTRIES_FUNCTIONS = String.raw`function Add-PolicyValue {
  param([string]$Path, [string]$Name, [object]$Value, [System.Collections.Generic.List[object]]$Entries)
  if ($null -eq $Value) { return }
  if ($Value -is [bool]) {
    $Entries.Add([pscustomobject]@{ Path = $Path; Name = $Name; Kind = 'DWord'; Value = [int]$Value })
  } elseif ($Value -is [int] -or $Value -is [long]) {
    $Entries.Add([pscustomobject]@{ Path = $Path; Name = $Name; Kind = 'DWord'; Value = [int]$Value })
  } elseif ($Value -is [string]) {
    $Entries.Add([pscustomobject]@{ Path = $Path; Name = $Name; Kind = 'String'; Value = $Value })
  } elseif ($Value -is [System.Array]) {
    $listPath = "$Path\$Name"
    $Entries.Add([pscustomobject]@{ Path = $listPath; Name = $null; Kind = 'Key'; Value = $null })
    $width = ([string]$Value.Count).Length
    for ($index = 0; $index -lt $Value.Count; $index++) {
      $itemName = ([string]($index + 1)).PadLeft($width, '0')
      Add-PolicyValue -Path $listPath -Name $itemName -Value $Value[$index] -Entries $Entries
    }
  } else {
    $objectPath = "$Path\$Name"
    $Entries.Add([pscustomobject]@{ Path = $objectPath; Name = $null; Kind = 'Key'; Value = $null })
    foreach ($property in $Value.PSObject.Properties) {
      Add-PolicyValue -Path $objectPath -Name $property.Name -Value $property.Value -Entries $Entries
    }
  }
}

function Get-PolicyEntries {
  param([string]$Root, [object]$Policy)
  $entries = [System.Collections.Generic.List[object]]::new()
  $entries.Add([pscustomobject]@{ Path = $Root; Name = $null; Kind = 'Key'; Value = $null })
  foreach ($property in $Policy.PSObject.Properties) {
    Add-PolicyValue -Path $Root -Name $property.Name -Value $property.Value -Entries $entries
  }
  return ,$entries
}

# The 64-bit view even when Intune runs the script in 32-bit PowerShell.
$Hive = [Microsoft.Win32.RegistryKey]::OpenBaseKey(
  [Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)`;

const REMEDIATE_BODY = `try {
  $policy = $PolicyJson | ConvertFrom-Json
  foreach ($root in $PolicyKeys) {
    # Start clean, so a value taken out of the JSON goes from the registry too.
    $Hive.DeleteSubKeyTree($root, $false)
    foreach ($entry in (Get-PolicyEntries -Root $root -Policy $policy)) {
      $key = $Hive.CreateSubKey($entry.Path)
      try {
        if ($entry.Kind -ne 'Key') {
          $key.SetValue($entry.Name, $entry.Value, [Microsoft.Win32.RegistryValueKind]$entry.Kind)
        }
      } finally {
        $key.Dispose()
      }
    }
  }
  Write-Output "CSP Portal Guide: policy written for $($PolicyKeys.Count) extension ids."
  exit 0
} catch {
  Write-Output "CSP Portal Guide: could not write the policy: $($_.Exception.Message)"
  exit 1
} finally {
  $Hive.Dispose()
}`;

const DETECT_BODY = String.raw`function Get-ActualValues {
  param([string]$Path, [hashtable]$Found)
  $key = $Hive.OpenSubKey($Path)
  if ($null -eq $key) { return }
  try {
    foreach ($name in $key.GetValueNames()) { $Found["$Path|$name"] = $true }
    foreach ($child in $key.GetSubKeyNames()) { Get-ActualValues -Path "$Path\$child" -Found $Found }
  } finally {
    $key.Dispose()
  }
}

try {
  $policy = $PolicyJson | ConvertFrom-Json
  $differences = [System.Collections.Generic.List[string]]::new()
  foreach ($root in $PolicyKeys) {
    $expected = @{}
    foreach ($entry in (Get-PolicyEntries -Root $root -Policy $policy)) {
      $key = $Hive.OpenSubKey($entry.Path)
      if ($null -eq $key) { $differences.Add("missing key $($entry.Path)"); continue }
      try {
        if ($entry.Kind -eq 'Key') { continue }
        $expected["$($entry.Path)|$($entry.Name)"] = $true
        $names = $key.GetValueNames()
        if ($names -notcontains $entry.Name) { $differences.Add("missing $($entry.Path)\$($entry.Name)"); continue }
        $kind = $key.GetValueKind($entry.Name).ToString()
        $actual = $key.GetValue($entry.Name)
        if ($kind -ne $entry.Kind -or [string]$actual -cne [string]$entry.Value) {
          $differences.Add("different $($entry.Path)\$($entry.Name)")
        }
      } finally {
        $key.Dispose()
      }
    }
    $found = @{}
    Get-ActualValues -Path $root -Found $found
    foreach ($name in $found.Keys) {
      if (-not $expected.ContainsKey($name)) { $differences.Add("extra $($name.Replace('|', '\'))") }
    }
  }
  if ($differences.Count -gt 0) {
    Write-Output "CSP Portal Guide: policy not in place ($($differences.Count) differences): $($differences[0])"
    exit 1
  }
  Write-Output 'CSP Portal Guide: policy in place.'
  exit 0
} catch {
  Write-Output "CSP Portal Guide: could not check the policy: $($_.Exception.Message)"
  exit 1
} finally {
  $Hive.Dispose()
}`;

function script(deployment: Deployment, role: "detect" | "remediate"): string {
  const keys = [deployment.edge, deployment.chrome].flatMap((target) =>
    target.ids.map((id) => policyKeyFor(target, id)),
  );
  const purpose =
    role === "detect"
      ? "Detection: exit 0 when the policy below is in the registry exactly, 1 otherwise."
      : "Remediation: writes the policy below for Microsoft Edge and Google Chrome (HKLM, 64-bit view).";
  return [
    "<#",
    `  CSP Portal Guide, Intune remediation script pair: ${role}.ps1`,
    `  ${purpose}`,
    "  Intune: Devices > Scripts and remediations > Create; run as System, in 64-bit PowerShell.",
    "  Edit the JSON in BOTH scripts alike (or regenerate them with `npm run policies`); check it with",
    "  `npm run policy:check -- detect.ps1 remediate.ps1`.",
    "#>",
    "$ErrorActionPreference = 'Stop'",
    "",
    "# The extension's policy: the keys of policies/README.md.",
    POLICY_BEGIN,
    asciiJson(deployment.policy),
    POLICY_END,
    "",
    "# One policy key per browser and extension id (store ids and the pinned self-hosted id).",
    KEYS_BEGIN,
    keys.map((key) => `  '${key}'`).join(",\n"),
    ")",
    "",
    ENTRIES_FUNCTIONS,
    "",
    role === "detect" ? DETECT_BODY : REMEDIATE_BODY,
    "",
  ].join("\r\n");
}

export function renderIntune(deployment: Deployment): PolicyFile[] {
  return (["detect", "remediate"] as const).map((role) => ({
    path: `intune/${role}.ps1`,
    text: script(deployment, role).replaceAll(/\r?\n/g, "\r\n"),
    encoding: "utf8",
  }));
}

/** Whether a file is one of the Intune scripts: the policy marker, or the name. */
export function isIntuneScript(name: string, text: string): boolean {
  return text.includes(POLICY_BEGIN) || /\.ps1$/i.test(name);
}

/** `text` as decoded from the file, byte-order mark removed; `encoding` as it was stored. */
export function checkIntuneScript(draft: ReportDraft, text: string, encoding: TextEncoding): void {
  draft.format = "Intune PowerShell script";
  checkScriptPolicy(draft, text);
  if (/[^\t\n\r\x20-\x7e]/.test(text) && encoding === "UTF-8") {
    draft.problems.push({
      path: "(file)",
      message:
        "is UTF-8 without a byte-order mark and has characters beyond ASCII: Windows PowerShell 5.1 reads it in the ANSI code page; write them as \\uXXXX in the JSON (as `npm run policies` does) or save with a BOM",
    });
  }
}

function checkScriptPolicy(draft: ReportDraft, text: string): void {
  const lines = text.split(/\r?\n/);
  const begin = lines.findIndex((line) => line.trim() === POLICY_BEGIN);
  const end = lines.findIndex((line, index) => index > begin && line.trim() === POLICY_END);
  if (begin === -1 || end === -1) {
    draft.problems.push({
      path: "(file)",
      message: `the policy JSON must stand between a line ${POLICY_BEGIN} and a line ${POLICY_END}`,
    });
    return;
  }
  let policy: unknown;
  try {
    policy = JSON.parse(lines.slice(begin + 1, end).join("\n"));
  } catch (error) {
    draft.problems.push({
      path: `lines ${begin + 2}-${end}`,
      message: `the policy is not valid JSON: ${String(error).slice(0, 200)}`,
    });
    return;
  }
  const keysAt = lines.findIndex((line) => line.trim() === KEYS_BEGIN);
  const keys: string[] = [];
  for (
    let index = keysAt + 1;
    keysAt !== -1 && index < lines.length && lines[index]!.trim() !== ")";
    index += 1
  ) {
    const key = /'([^']+)'/.exec(lines[index]!)?.[1];
    if (key) keys.push(key);
  }
  if (keys.length === 0) {
    draft.problems.push({ path: "$PolicyKeys", message: "names no registry key to write the policy to" });
    return;
  }
  for (const key of keys) {
    const root = REG_POLICY_ROOT.exec(`HKEY_LOCAL_MACHINE\\${key}`);
    if (!root) {
      draft.problems.push({
        path: "$PolicyKeys",
        message: `"${key.slice(0, 200)}" is not a …\\3rdparty\\extensions\\<id>\\policy key`,
      });
      continue;
    }
    checkPolicyFor(draft, `HKLM\\${key}`, root[3]!, policy, "\\");
  }
}
