import { Module } from "@medusajs/framework/utils"
import InventoryAlertModuleService from "./service"

export const INVENTORY_ALERT_MODULE = "inventory_alert"

export default Module(INVENTORY_ALERT_MODULE, {
  service: InventoryAlertModuleService,
})
