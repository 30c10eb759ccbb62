<#
  CSP Portal Guide, Intune remediation script pair: detect.ps1
  Detection: exit 0 when the policy below is in the registry exactly, 1 otherwise.
  Intune: Devices > Scripts and remediations > Create; run as System, in 64-bit PowerShell.
  Edit the JSON in BOTH scripts alike (or regenerate them with `npm run policies`); check it with
  `npm run policy:check -- detect.ps1 remediate.ps1`.
#>
$ErrorActionPreference = 'Stop'

# The extension's policy: the keys of policies/README.md.
$PolicyJson = @'
{
  "partnerName": "Contoso IT Services",
  "partnerEmail": "cloud@contoso.example",
  "partnerPhone": "+48 22 555 01 00",
  "partnerWebsite": "https://www.contoso.example/",
  "partnerSupportUrl": "https://support.contoso.example/tickets/new",
  "partnerRequestUrl": "https://support.contoso.example/tickets/new?tenant={tenant}&page={page}&url={url}&lang={lang}",
  "customerTenant": "fabrikam.onmicrosoft.com",
  "customMessages": {
    "partner": {
      "en": "Purchases, cancellations, plan changes and billing go through Contoso IT Services: call or write to us.",
      "pl": "Zakupy, rezygnacje, zmiany plan\u00f3w i rozliczenia prowadzi Contoso IT Services: zadzwo\u0144 lub napisz do nas."
    }
  },
  "disabledHosts": [
    "admin.microsoft.us",
    "portal.azure.us"
  ],
  "dismissDays": 14,
  "allowUserDisable": false,
  "customRules": [
    {
      "id": "contoso.managed-resource-groups",
      "portal": "azure-portal",
      "pattern": "browse/resourcegroups",
      "verdict": "partner",
      "message": {
        "en": "Contoso IT Services manages your resource groups under your managed-services agreement: open a ticket before changing them.",
        "pl": "Contoso IT Services zarz\u0105dza Twoimi grupami zasob\u00f3w w ramach umowy serwisowej: zanim je zmienisz, zg\u0142o\u015b to nam."
      }
    }
  ],
  "partnerTenants": [
    "contoso.onmicrosoft.com"
  ]
}
'@

# One policy key per browser and extension id (store ids and the pinned self-hosted id).
$PolicyKeys = @(
  'SOFTWARE\Policies\Microsoft\Edge\3rdparty\extensions\fhjmdkmmiialhdmmpgladekfmjakpdcj\policy',
  'SOFTWARE\Policies\Google\Chrome\3rdparty\extensions\fhjmdkmmiialhdmmpgladekfmjakpdcj\policy'
)

function Add-PolicyValue {
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
  [Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)

function Get-ActualValues {
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
}
