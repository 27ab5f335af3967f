/// One charger of the installed base, as a row of the registry CSV.
public struct RegistryCharger: Sendable, Equatable {
    public var chargerID: String
    public var siteName: String
    public var address: String
    public var postalCode: String
    public var city: String
    public var owner: String
    /// Empty when the site has no support agreement.
    public var contract: String
    public var manufacturer: String
    public var model: String
    public var installed: String
    public var lastService: String

    public init(chargerID: String, siteName: String, address: String, postalCode: String, city: String, owner: String, contract: String,
                manufacturer: String, model: String, installed: String, lastService: String) {
        self.chargerID = chargerID
        self.siteName = siteName
        self.address = address
        self.postalCode = postalCode
        self.city = city
        self.owner = owner
        self.contract = contract
        self.manufacturer = manufacturer
        self.model = model
        self.installed = installed
        self.lastService = lastService
    }

    public static let columns = ["charger_id", "site_name", "address", "postal_code", "city", "owner", "contract",
                                 "manufacturer", "model", "installed", "last_service"]
}
